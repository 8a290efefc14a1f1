# ruff: noqa
#!/usr/bin/env python
"""Blind test files, round 280: red-header 公文 whose 版头 / seals / 落款 are pictures or drawings.

Writes, next to this script:
  blind280_yueyang_yijian.docx/.pdf   发文机关标志 is a PNG picture; seal PNG floats over the date
  blind280_guangxi_tongzhi.pdf        LibreOffice page + vector seal (reportlab) merged over the 落款 (pypdf)
  blind280_qingdao_tongzhi.docx/.pdf  落款 (organ + date + seal) is one PNG; body is text
  blind280_honghe_tongzhi.docx/.pdf   版头 + red rule in the first-page header; 版记 in the last section's footer
  expected.json
Run: . /work/venv/bin/activate && python make_blind280.py
"""
import copy
import json
import math
import os
import shutil
import subprocess

from PIL import Image, ImageDraw, ImageFont
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "_build280")
SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SERIF_R = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- pictures (PIL)
def png_organ_mark(text, path, color=(230, 0, 18), px_h=260, squeeze=0.78):
    """Red 发文机关标志 as a picture: large bold serif characters squeezed horizontally."""
    font = ImageFont.truetype(SERIF_B, px_h, index=2)
    l, t, r, b = font.getbbox(text)
    img = Image.new("RGBA", (r - l + 20, b - t + 20), (255, 255, 255, 0))
    ImageDraw.Draw(img).text((10 - l, 10 - t), text, font=font, fill=color + (255,))
    w, h = img.size
    img = img.resize((int(w * squeeze), h), Image.LANCZOS)
    img.save(path)
    return img.size


def draw_seal(size, organ, color=(228, 0, 20, 215)):
    """Round official seal drawn as pixels: ring, star, organ name around the upper arc."""
    S = size
    img = Image.new("RGBA", (S, S), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    c = S / 2
    ring = S * 0.035
    d.ellipse([ring / 2, ring / 2, S - ring / 2, S - ring / 2], outline=color, width=int(ring))
    # star
    R, r = S * 0.17, S * 0.068
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((c + rad * math.cos(ang), c + rad * math.sin(ang)))
    d.polygon(pts, fill=color)
    # characters around the ring
    n = len(organ)
    fsz = int(S * (0.15 if n <= 8 else 0.12 if n <= 12 else 0.095))
    font = ImageFont.truetype(SANS_B, fsz, index=2)
    span = min(250.0, 22.0 * n)
    start = -span / 2
    rad_txt = S / 2 - ring * 1.6 - fsz * 0.62
    for i, ch in enumerate(organ):
        theta = start + span * (i + 0.5) / n  # degrees from top, clockwise
        tile = Image.new("RGBA", (fsz * 2, fsz * 2), (255, 255, 255, 0))
        td = ImageDraw.Draw(tile)
        l, t, rr, bb = font.getbbox(ch)
        td.text((fsz - (rr + l) / 2, fsz - (bb + t) / 2), ch, font=font, fill=color)
        tile = tile.rotate(-theta, resample=Image.BICUBIC)
        x = c + rad_txt * math.sin(math.radians(theta)) - fsz
        y = c - rad_txt * math.cos(math.radians(theta)) - fsz
        img.alpha_composite(tile, (int(x), int(y)))
    return img


def png_seal(organ, path, size=600):
    draw_seal(size, organ).save(path)


def png_signature_block(lines, date, organ_for_seal, path):
    """落款 as one picture: organ lines + date in black, seal stamped over them (like a scan)."""
    W, H = 1100, 620
    img = Image.new("RGBA", (W, H), (255, 255, 255, 255))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(SERIF_R, 64, index=2)
    y = 120
    rows = lines + [date]
    for t in rows:
        l, tt, r, b = font.getbbox(t)
        d.text(((W - (r - l)) / 2 - l, y), t, font=font, fill=(20, 20, 20, 255))
        y += 110
    seal = draw_seal(440, organ_for_seal)
    img.alpha_composite(seal, (int(W / 2 - 220 + 40), 60))
    img.convert("RGB").save(path)


# ---------------------------------------------------------------- docx helpers
def set_run_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman", scale=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def fmt(p, align=None, indent_chars=0, line=28.9, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(16 * indent_chars)
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def add_text(container, text, east=FS, size=16, bold=False, color=None, align=None, indent=2,
             line=28.9, before=0, after=0, left=None, right=None, scale=None):
    p = container.add_paragraph()
    fmt(p, align, indent, line, before, after, left, right)
    if text:
        set_run_font(p.add_run(text), east, size, bold, color, scale=scale)
    return p


def add_runin(container, head, rest, head_font=KT, head_bold=False, indent=2):
    """Run-in heading: （一）标题。 in 楷体, the rest in 仿宋 on the same line."""
    p = container.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent)
    set_run_font(p.add_run(head), head_font, 16, head_bold)
    if rest:
        set_run_font(p.add_run(rest), FS, 16)
    return p


def add_title(container, lines, size=22, before=0, after=28.9):
    p = container.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35, before=before, after=after)
    for i, t in enumerate(lines):
        r = p.add_run(t)
        set_run_font(r, XBS, size)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    return p


def border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def red_rule(container, before=4, after=24):
    p = container.add_paragraph()
    fmt(p, None, 0, line=6, before=before, after=after)
    border(p, "bottom", "E60012", 18, 1)
    return p


def add_field(p, instr, east="宋体", size=14):
    r1 = p.add_run()
    set_run_font(r1, east, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r1._element.append(f1)
    r2 = p.add_run()
    set_run_font(r2, east, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = p.add_run()
    set_run_font(r3, east, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r3._element.append(f3)


def page_number_para(container, align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True):
    p = container.paragraphs[0] if (reuse and container.paragraphs and not container.paragraphs[0].text) else container.add_paragraph()
    p.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    elif align == WD_ALIGN_PARAGRAPH.LEFT:
        p.paragraph_format.left_indent = Pt(14)
    set_run_font(p.add_run("— "), "宋体", 14)
    add_field(p, "PAGE")
    set_run_font(p.add_run(" —"), "宋体", 14)
    return p


def setup_a4(section):
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.header_distance, section.footer_distance = Cm(1.5), Cm(2.2)


def new_doc():
    doc = Document()
    setup_a4(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    return doc


def banji(container, chaosong, yinfa_org, yinfa_date, width_cm=15.6):
    """版记: 抄送 line and 印发 line between rules."""
    p1 = container.add_paragraph()
    fmt(p1, WD_ALIGN_PARAGRAPH.LEFT, 0, line=28.9, left=Pt(14), right=Pt(14))
    p1.paragraph_format.first_line_indent = None
    border(p1, "top", "000000", 8, 2)
    border(p1, "bottom", "000000", 4, 2)
    set_run_font(p1.add_run("抄送：" + chaosong), FS, 14)
    p2 = container.add_paragraph()
    fmt(p2, WD_ALIGN_PARAGRAPH.LEFT, 0, line=28.9, left=Pt(14), right=Pt(14))
    border(p2, "bottom", "000000", 8, 2)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm - 1.0), WD_TAB_ALIGNMENT.RIGHT)
    set_run_font(p2.add_run(f"{yinfa_org}\t{yinfa_date}印发"), FS, 14)
    return p1, p2


def float_picture(paragraph, path, width, x_emu, y_emu, rel_h="margin", rel_v="paragraph", pid=100):
    """Insert a picture that floats in front of the text (like a stamped seal)."""
    run = paragraph.add_run()
    inline_shape = run.add_picture(path, width=width)
    inline = inline_shape._inline
    extent = inline.find(qn("wp:extent"))
    graphic = inline.find(qn("a:graphic"))
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="0" distR="0" '
        f'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="{rel_h}"><wp:posOffset>{int(x_emu)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{int(y_emu)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{extent.get("cx")}" cy="{extent.get("cy")}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{pid}" name="Seal {pid}"/><wp:cNvGraphicFramePr/></wp:anchor>')
    anchor.append(copy.deepcopy(graphic))
    drawing = inline.getparent()
    drawing.remove(inline)
    drawing.append(anchor)
    return anchor


def add_table(container, header, rows, widths_cm, merges=(), size=12):
    """rows: list of lists; merges: (col, first_row, last_row) vertical merges (row index in rows)."""
    t = container.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell = t.cell(0, j)
        cell.width = Cm(widths_cm[j])
        p = cell.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=20)
        set_run_font(p.add_run(h), HT, size)
    # repeat header row
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i + 1, j)
            cell.width = Cm(widths_cm[j])
            p = cell.paragraphs[0]
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER if len(v) <= 8 else WD_ALIGN_PARAGRAPH.LEFT, 0, line=20)
            if v:
                set_run_font(p.add_run(v), FS, size)
    t.autofit = False
    for j, w in enumerate(widths_cm):
        t.columns[j].width = Cm(w)
    for col, r0, r1 in merges:
        a = t.cell(r0 + 1, col)
        b = t.cell(r1 + 1, col)
        keep = a.text
        m = a.merge(b)
        # merge() concatenates paragraphs; keep only the first text
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        if m.paragraphs[0].text != keep:
            m.paragraphs[0].runs[0].text = keep
    return t


def soffice(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_280",
                    "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def emit_body(doc, blocks):
    """blocks: ('h1', text) heading alone (黑体); ('runin', head, rest, font); ('p', text)."""
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            add_text(doc, b[1], HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
        elif kind == "h2":
            add_text(doc, b[1], KT, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
        elif kind == "runin":
            font = b[3] if len(b) > 3 else KT
            add_runin(doc, b[1], b[2], head_font=font, head_bold=(font == FS and len(b[1]) > 3))
        elif kind == "p":
            add_text(doc, b[1], FS, 16, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        else:
            raise ValueError(kind)


def clauses_of(blocks):
    out = []
    for b in blocks:
        if b[0] == "runin":
            out.append(b[1] + b[2])
        elif b[0] == "p":
            out.append(b[1])
    return out


def table_clauses(header, rows, merges=()):
    filled = [list(r) for r in rows]
    for col, r0, r1 in merges:
        for i in range(r0 + 1, r1 + 1):
            filled[i][col] = filled[r0][col]
    return ["；".join(f"{h}：{v}" for h, v in zip(header, r)) for r in filled]


EXPECTED = {}

# ====================================================================== 1. 岳阳 (picture 版头)
YY_BLOCKS = [
    ("p", "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，"
          "加快中国（湖南）自由贸易试验区岳阳片区（以下简称岳阳片区）建设，以高水平开放推动全市经济高质量发展，现提出如下意见。"),
    ("h1", "一、提升开放通道能级"),
    ("runin", "（一）拓展江海联运航线。", "支持城陵矶港加密至上海洋山港、宁波舟山港的江海直达航线，对新开通并连续稳定运营满1年的近洋直航航线，"
                                 "按每条航线给予运营企业最高200万元奖励。"),
    ("runin", "（二）做强国际班列集结功能。", "推动岳阳至东盟、中亚方向国际货运班列常态化开行，对以城陵矶港为集结点、经铁海联运出口的重箱，"
                                  "每标准箱给予货主企业300元补贴，单个企业年度补贴最高不超过150万元。"),
    ("h1", "二、培育外贸新业态新模式"),
    ("runin", "（三）做大跨境电商规模。", "对在岳阳城陵矶综合保税区内开展跨境电商网购保税进口（1210）业务的企业，按年度进口单量给予每单0.5元补贴，"
                                 "单个企业年度最高100万元。"),
    ("runin", "（四）建设公共海外仓。", "支持本市企业在共建“一带一路”国家和地区建设或租赁公共海外仓，经认定为市级公共海外仓的，"
                                "按照仓储面积每平方米50元给予一次性奖励，单个海外仓最高100万元。"),
    ("runin", "（五）发展市场采购贸易。", "在岳阳县、华容县开展市场采购贸易方式试点，对试点区域内通过市场采购贸易方式出口的商户，"
                                 "按出口额的1%给予奖励，单个商户年度最高30万元。"),
    ("h1", "三、深化改革系统集成"),
    ("runin", "（六）推行“一业一证”改革。", "在岳阳片区全面推行“一业一证”行业综合许可改革，将一个行业准入涉及的多张许可证整合为一张行业综合许可证，"
                                   "实现“一证准营”。"),
    ("runin", "（七）鼓励首创性探索。", "对岳阳片区形成并被国务院或省人民政府复制推广的制度创新成果，分别给予牵头单位50万元、20万元奖励。"),
    ("h1", "四、强化要素保障"),
    ("runin", "（八）加大财政支持。", "市级财政每年统筹安排开放型经济发展专项资金不少于1亿元，重点支持本意见明确的航线培育、外贸新业态和制度创新事项。"),
    ("runin", "（九）强化金融服务。", "鼓励驻岳金融机构开展出口信用保险保单融资、跨境人民币结算等业务，对当年新增跨境人民币结算量超过10亿元的银行，"
                               "给予20万元奖励。"),
    ("runin", "（十）优化考核评价。", "将开放型经济发展指标纳入各县市区和市直有关部门年度绩效考核，由市商务局会同市统计局每半年通报一次。"),
    ("p", "本意见自2024年6月1日起施行，有效期3年。此前我市出台的相关政策与本意见不一致的，以本意见为准。"),
]


def make_yueyang():
    stem = "blind280_yueyang_yijian"
    mark = os.path.join(BUILD, "yy_mark.png")
    seal = os.path.join(BUILD, "yy_seal.png")
    png_organ_mark("岳阳市人民政府文件", mark)
    png_seal("岳阳市人民政府", seal)
    doc = new_doc()
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    # page numbers: odd pages right, even pages left (GB/T 9704)
    page_number_para(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    page_number_para(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    # 版头: picture of the red organ name, then 发文字号 and the red rule
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=12, before=24)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.add_run().add_picture(mark, width=Cm(15.0))
    add_text(doc, "", before=0, indent=0)
    add_text(doc, "岳政发〔2024〕9号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    red_rule(doc)
    add_title(doc, ["关于加快中国（湖南）自由贸易试验区", "岳阳片区开放型经济发展的若干意见"])
    add_text(doc, "各县市区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会，市直各单位：",
             indent=0, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    emit_body(doc, YY_BLOCKS)
    # 落款: date only (single organ, seal covers the date); seal is a floating picture
    add_text(doc, "", indent=0)
    add_text(doc, "", indent=0)
    pd = add_text(doc, "2024年5月16日", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=Pt(64))
    float_picture(pd, seal, Cm(4.2), Cm(9.3), -Cm(2.6))
    add_text(doc, "（此件公开发布）", FS, 16, indent=2, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_text(doc, "", indent=0)
    add_text(doc, "", indent=0)
    banji(doc, "市委各部门，岳阳军分区，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院。",
          "岳阳市人民政府办公室", "2024年5月17日")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    soffice(path, HERE)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于加快中国（湖南）自由贸易试验区岳阳片区开放型经济发展的若干意见",
            "doc_number": "岳政发〔2024〕9号",
            "issuer": ["岳阳市人民政府"],
            "date": "2024-05-16",
            "published": "2024-05-17",
            "level": "municipal",
            "region": "岳阳市",
            "effective": "2024-06-01",
            "expires": "2027-05-31",
            "attachments": [],
            "doc_type": "意见",
            "recipients": ["各县市区人民政府", "岳阳经济技术开发区管委会", "城陵矶新港区管委会", "南湖新区管委会",
                           "屈原管理区管委会", "市直各单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses_of(YY_BLOCKS),
        "applies_to": {"specific": {
            "（三）做大跨境电商规模。对在岳阳城陵矶综合保税区": ["岳阳城陵矶综合保税区"],
            "（五）发展市场采购贸易。在岳阳县、华容县": ["岳阳县", "华容县"],
            "（六）推行“一业一证”改革。在岳阳片区": ["中国（湖南）自由贸易试验区岳阳片区"],
            "（七）鼓励首创性探索。对岳阳片区": ["中国（湖南）自由贸易试验区岳阳片区"],
        }},
    }]


# ====================================================================== 2. 广西 (vector seal over 落款)
GX_BLOCKS = [
    ("p", "为深入推进面向东盟的跨境电商发展，培育一批在中国—东盟跨境贸易中具有较强竞争力的骨干企业，"
          "根据《广西加快发展跨境电子商务若干措施》（桂政办发〔2023〕41号）有关要求，自治区商务厅决定开展2024年度"
          "中国—东盟跨境电商示范企业认定工作。现将有关事项通知如下。"),
    ("h1", "一、认定对象"),
    ("p", "在广西壮族自治区行政区域内依法注册登记、具有独立法人资格，主要从事面向东盟国家跨境电商业务的平台企业、"
          "卖家企业、物流企业和综合服务企业。"),
    ("h1", "二、认定条件"),
    ("runin", "（一）", "企业上一年度跨境电商进出口额不低于2000万元人民币，其中对东盟国家进出口额占比不低于50%。", FS),
    ("runin", "（二）", "企业近三年未发生严重失信行为，未受到海关、税务、市场监管等部门较大数额罚款以上行政处罚。", FS),
    ("runin", "（三）", "拥有自主品牌，或在东盟国家设立海外仓、分支机构、售后服务网点等境外营销服务体系。", FS),
    ("runin", "（四）", "在中国（广西）自由贸易试验区崇左片区内注册的边境贸易类跨境电商企业，上一年度跨境电商进出口额"
                      "不低于1000万元人民币即可申报，不受本条第（一）项进出口额的限制。", FS),
    ("h1", "三、申报程序"),
    ("runin", "（一）企业申报。", "符合条件的企业于2024年5月10日前向注册地设区市商务局提交申报材料（一式三份）。"
                            "自贸试验区各片区内企业向所在片区管委会申报。"),
    ("runin", "（二）审核推荐。", "各设区市商务局、各片区管委会对企业申报材料进行初审，于2024年5月24日前将推荐文件、"
                            "汇总表和申报材料报送自治区商务厅（电子商务处）。"),
    ("runin", "（三）评审认定。", "自治区商务厅组织专家评审，经公示无异议后认定为“中国—东盟跨境电商示范企业”，有效期3年。"),
    ("h1", "四、有关要求"),
    ("runin", "（一）", "各地要高度重视，认真组织，严格把关，确保申报材料真实、准确、完整。对弄虚作假的企业，取消其3年内申报资格。", FS),
    ("runin", "（二）", "联系人：自治区商务厅电子商务处　黄海宁，电话：0771-2058316。", FS),
]


def make_guangxi():
    stem = "blind280_guangxi_tongzhi"
    organ = "广西壮族自治区商务厅"
    doc = new_doc()
    sec = doc.sections[0]
    page_number_para(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    add_text(doc, "", indent=0)
    add_text(doc, organ + "文件", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=50,
             before=12, scale=80)
    add_text(doc, "", indent=0)
    add_text(doc, "桂商电发〔2024〕7号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    red_rule(doc)
    add_title(doc, ["广西壮族自治区商务厅关于开展2024年度", "中国—东盟跨境电商示范企业认定工作的通知"])
    add_text(doc, "各设区市商务局，中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会：", indent=0,
             align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    emit_body(doc, GX_BLOCKS)
    add_text(doc, "", indent=0)
    # 附件说明 with hanging indent for the second item
    p = add_text(doc, "附件：1．2024年度中国—东盟跨境电商示范企业申报表", FS, 16, indent=2,
                 align=WD_ALIGN_PARAGRAPH.LEFT)
    add_text(doc, "2．企业信用承诺书", FS, 16, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(80))
    add_text(doc, "", indent=0)
    add_text(doc, "", indent=0)
    add_text(doc, "", indent=0)
    add_text(doc, organ, FS, 16, indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(48))
    add_text(doc, "2024年4月12日", FS, 16, indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    add_text(doc, "（此件主动公开）", FS, 16, indent=2, align=WD_ALIGN_PARAGRAPH.LEFT)
    for _ in range(4):
        add_text(doc, "", indent=0)
    banji(doc, "商务部电子商务司，自治区人民政府办公厅，南宁海关。", "广西壮族自治区商务厅办公室", "2024年4月15日")
    tmp_docx = os.path.join(BUILD, stem + ".docx")
    doc.save(tmp_docx)
    soffice(tmp_docx, BUILD)
    base_pdf = os.path.join(BUILD, stem + ".pdf")

    # locate the 落款 on the LibreOffice page
    import pdfplumber
    with pdfplumber.open(base_pdf) as pdf:
        target = None
        for pno, page in enumerate(pdf.pages):
            lines = page.extract_text_lines()
            for i, ln in enumerate(lines):
                if ln["text"].replace(" ", "") == organ:
                    target = (pno, ln, lines[i + 1] if i + 1 < len(lines) else ln, page.width, page.height)
        assert target, "落款 line not found"
    pno, ln_org, ln_date, pw, ph = target
    cx = (ln_org["x0"] + ln_org["x1"]) / 2 + 4
    cy_top = (ln_org["top"] + ln_date["bottom"]) / 2
    cy = ph - cy_top

    # vector seal with reportlab: ring, star, organ name char by char (real text in the text layer)
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DroidSansFallback", DROID))
    overlay = os.path.join(BUILD, "gx_seal.pdf")
    c = rl_canvas.Canvas(overlay, pagesize=(pw, ph))
    R = 59.5  # 42 mm seal
    c.setStrokeColorRGB(0.9, 0.0, 0.08)
    c.setFillColorRGB(0.9, 0.0, 0.08)
    c.setLineWidth(3.2)
    c.circle(cx, cy, R, stroke=1, fill=0)
    # star
    pth = c.beginPath()
    for i in range(10):
        ang = math.pi / 2 + i * math.pi / 5
        rad = R * 0.33 if i % 2 == 0 else R * 0.13
        x, y = cx + rad * math.cos(ang), cy + rad * math.sin(ang)
        (pth.moveTo if i == 0 else pth.lineTo)(x, y)
    pth.close()
    c.drawPath(pth, stroke=0, fill=1)
    n = len(organ)
    fsz = 14.5
    span = 230.0
    for i, ch in enumerate(organ):
        theta = -span / 2 + span * (i + 0.5) / n
        c.saveState()
        c.translate(cx, cy)
        c.rotate(-theta)
        c.setFont("DroidSansFallback", fsz)
        c.drawCentredString(0, R - 5 - fsz, ch)
        c.restoreState()
    c.showPage()
    c.save()

    from pypdf import PdfReader, PdfWriter
    seal_page = PdfReader(overlay).pages[0]
    writer = PdfWriter(clone_from=base_pdf)
    writer.pages[pno].merge_page(seal_page)
    with open(os.path.join(HERE, stem + ".pdf"), "wb") as f:
        writer.write(f)

    EXPECTED[stem] = [{
        "meta": {
            "title": "广西壮族自治区商务厅关于开展2024年度中国—东盟跨境电商示范企业认定工作的通知",
            "doc_number": "桂商电发〔2024〕7号",
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2024-04-12",
            "published": "2024-04-15",
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["2024年度中国—东盟跨境电商示范企业申报表", "企业信用承诺书"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "中国（广西）自由贸易试验区南宁片区管委会",
                           "中国（广西）自由贸易试验区钦州港片区管委会", "中国（广西）自由贸易试验区崇左片区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses_of(GX_BLOCKS),
        "applies_to": {"specific": {
            "（四）在中国（广西）自由贸易试验区崇左片区内注册": ["中国（广西）自由贸易试验区崇左片区"],
        }},
    }]


# ====================================================================== 3. 青岛 (落款 picture)
QD_BLOCKS_A = [
    ("p", "为贯彻落实国家、省、市关于推动跨境电商健康持续创新发展的部署要求，发挥自贸试验区制度创新优势，"
          "加快建设面向“一带一路”的国际贸易枢纽，经管委会研究，现就促进片区跨境电商和海外仓高质量发展有关事项通知如下。"),
    ("h1", "一、支持范围"),
    ("p", "在中国（山东）自由贸易试验区青岛片区（含青岛前湾综合保税区）注册、具有独立法人资格且在片区纳税的跨境电商平台、"
          "卖家、物流、支付、海外仓运营及综合服务企业。"),
    ("h1", "二、支持措施及标准"),
]
QD_HEADER = ["类别", "支持事项", "支持标准", "单个企业年度上限（万元）"]
QD_ROWS = [
    ["主体培育", "规模增长奖励", "年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的，分别给予50万元、100万元、200万元一次性奖励", "200"],
    ["", "平台总部招引", "新引进年交易额超过5亿元的跨境电商平台区域总部，给予一次性落户奖励", "300"],
    ["海外仓建设", "新建海外仓", "在共建“一带一路”国家新建或租用面积不低于5000平方米的海外仓，按实际投资额的20%给予补助", "300"],
    ["", "海外仓数字化", "海外仓接入片区跨境电商公共服务平台并实现数据实时交互的，按每仓20万元给予补助", "60"],
    ["物流支持", "保税备货出口", "在青岛前湾综合保税区开展跨境电商保税备货（1210）出口业务的，按每单1元给予物流补贴", "100"],
]
QD_MERGES = [(0, 0, 1), (0, 2, 3)]
QD_BLOCKS_B = [
    ("h1", "三、其他事项"),
    ("runin", "1．", "同一企业同一事项符合片区其他同类政策的，按照“从优、就高、不重复”原则执行。", FS),
    ("runin", "2．", "企业应于每年3月31日前通过片区惠企政策服务平台提交上一年度奖补申请，由片区商务部门会同财政部门审核后兑现。", FS),
    ("runin", "3．", "对弄虚作假、骗取奖补资金的企业，追回已拨付资金，3年内取消其享受片区各类扶持政策资格，并依法依规纳入失信记录。", FS),
    ("runin", "4．", "本通知自2024年7月1日起施行，有效期至2026年6月30日。《中国（山东）自由贸易试验区青岛片区关于支持跨境电商发展的"
                   "若干措施》（青自贸管发〔2022〕11号）同时废止。", FS),
]


def make_qingdao():
    stem = "blind280_qingdao_tongzhi"
    sig = os.path.join(BUILD, "qd_signature.png")
    png_signature_block(["中国（山东）自由贸易试验区", "青岛片区管理委员会"], "2024年6月18日",
                        "中国山东自由贸易试验区青岛片区管理委员会", sig)
    doc = new_doc()
    sec = doc.sections[0]
    page_number_para(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    add_text(doc, "中国（山东）自由贸易试验区", XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
             line=44, before=6, scale=90)
    add_text(doc, "青岛片区管理委员会文件", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
             line=50, scale=90)
    add_text(doc, "", indent=0)
    add_text(doc, "青自贸管发〔2024〕14号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    red_rule(doc)
    add_title(doc, ["关于促进跨境电商和海外仓", "高质量发展的通知"])
    add_text(doc, "片区各部门、各单位，各驻区单位：", indent=0, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    emit_body(doc, QD_BLOCKS_A)
    add_table(doc, QD_HEADER, QD_ROWS, [2.4, 3.0, 7.6, 2.6], merges=QD_MERGES)
    emit_body(doc, QD_BLOCKS_B)
    add_text(doc, "", indent=0)
    # 落款 as a picture (scanned signature block with seal); the text layer holds neither organ nor date here
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(24)
    p.add_run().add_picture(sig, width=Cm(8.0))
    add_text(doc, "（此件公开发布）", FS, 16, indent=2, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_text(doc, "", indent=0)
    banji(doc, "青岛市商务局，青岛市财政局，青岛海关。", "青岛自贸片区管委会办公室", "2024年6月20日")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    soffice(path, HERE)
    clauses = clauses_of(QD_BLOCKS_A) + table_clauses(QD_HEADER, QD_ROWS, QD_MERGES) + clauses_of(QD_BLOCKS_B)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于促进跨境电商和海外仓高质量发展的通知",
            "doc_number": "青自贸管发〔2024〕14号",
            "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
            "date": "2024-06-18",
            "published": "2024-06-20",
            "level": "zone",
            "region": "中国（山东）自由贸易试验区青岛片区",
            "effective": "2024-07-01",
            "expires": "2026-06-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["片区各部门、各单位", "各驻区单位"],
            "publicity": "此件公开发布",
            "repeals": "《中国（山东）自由贸易试验区青岛片区关于支持跨境电商发展的若干措施》（青自贸管发〔2022〕11号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "类别：物流支持；支持事项：保税备货出口": ["青岛前湾综合保税区"],
        }},
    }]


# ====================================================================== 4. 红河 (版头 in first-page header, 版记 in footer)
HH_BLOCKS = [
    ("p", "为贯彻落实国家关于推进边民互市贸易创新发展和跨境电商综合试验区建设的部署要求，服务和融入高质量共建“一带一路”，"
          "经州人民政府同意，现就推进跨境电商与边民互市贸易融合发展有关事项通知如下。"),
    ("runin", "一、总体目标。", "到2026年，全州跨境电商交易额突破50亿元，边民互市贸易落地加工率达到60%以上，培育跨境电商企业100家以上，"
                          "建成边民互市商品交易中心2个以上。", HT),
    ("h1", "二、重点任务"),
    ("runin", "（一）建设互市贸易线上服务平台。", "依托州跨境电商公共服务平台开发边民互市贸易线上交易模块，推动互市商品申报、交易、结算全流程线上办理，"
                                      "2024年底前上线运行。"),
    ("runin", "（二）发展互市商品落地加工。", "支持河口县、金平县在边境经济合作区内建设互市商品落地加工园区，对使用互市进口商品的落地加工企业，"
                                    "按每吨100元给予物流补助。"),
    ("runin", "（三）培育跨境电商经营主体。", "对年度跨境电商交易额首次超过1000万元、5000万元的企业，分别奖励20万元、50万元。"),
    ("runin", "（四）推进红河片区先行先试。", "在中国（云南）自由贸易试验区红河片区开展“跨境电商+边民互市”监管创新试点，"
                                    "探索互市商品通过跨境电商渠道进入国内市场的监管模式。"),
    ("runin", "（五）完善跨境物流体系。", "推动中越跨境班列常态化运行，支持物流企业开通至越南海防、河内的跨境公路运输线路，"
                                 "对年运输量超过5000标准箱的企业奖励30万元。"),
    ("h1", "三、保障措施"),
    ("runin", "（一）加强组织领导。", "州商务局牵头建立工作专班，各县市人民政府落实属地责任，每季度报送工作进展。"),
    ("runin", "（二）强化资金保障。", "州级财政统筹外经贸发展资金予以保障，所需资金由州、县两级财政按5∶5比例分担。"),
    ("p", "本通知自印发之日起施行，有效期至2026年12月31日。"),
]
HH_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
HH_ROWS = [
    ["1", "建设边民互市贸易线上服务平台", "州商务局", "州数据局、河口海关、金水河海关", "2024年12月底前"],
    ["2", "建设互市商品落地加工园区", "河口县人民政府、金平县人民政府", "州发展改革委、州工业和信息化局", "2025年12月底前"],
    ["3", "开展“跨境电商+边民互市”监管创新试点", "红河片区管委会", "河口海关、州商务局", ""],
    ["4", "推动中越跨境班列常态化运行", "州交通运输局", "州商务局、河口县人民政府", "持续推进"],
]
HH_MERGES = [(4, 1, 2)]


def make_honghe():
    stem = "blind280_honghe_tongzhi"
    doc = new_doc()
    s1 = doc.sections[0]
    s1.different_first_page_header_footer = True
    s1.header_distance = Cm(1.2)
    # 版头 in the first-page header
    fh = s1.first_page_header
    p = fh.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=52, before=6)
    set_run_font(p.add_run("红河州人民政府办公室文件"), XBS, 38, color=RED, scale=85)
    add_text(fh, "红政办发〔2024〕38号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    red_rule(fh, before=4, after=6)
    page_number_para(s1.first_page_footer, WD_ALIGN_PARAGRAPH.CENTER)
    page_number_para(s1.footer, WD_ALIGN_PARAGRAPH.CENTER)

    add_title(doc, ["红河州人民政府办公室关于推进跨境电商", "与边民互市贸易融合发展的通知"], before=6)
    add_text(doc, "各县市人民政府，州直有关部门，中国（云南）自由贸易试验区红河片区管委会：", indent=0,
             align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    emit_body(doc, HH_BLOCKS)
    add_text(doc, "", indent=0)
    pa = add_text(doc, "附件：红河州推进跨境电商与边民互市贸易融合发展重点任务分工表", FS, 16, indent=0,
                  align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(80))
    pa.paragraph_format.first_line_indent = Pt(-48)
    add_text(doc, "", indent=0)
    add_text(doc, "红河州人民政府办公室", FS, 16, indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(48))
    add_text(doc, "2024年7月2日", FS, 16, indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    add_text(doc, "（此件公开发布）", FS, 16, indent=2, align=WD_ALIGN_PARAGRAPH.LEFT)

    # section 2 (new page): the 附件; its footer carries the 版记 and the page number
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.different_first_page_header_footer = False
    s2.footer.is_linked_to_previous = False
    s2.footer_distance = Cm(1.0)
    ft = s2.footer
    banji(ft, "州委办公室，州人大常委会办公室，州政协办公室，州纪委州监委，州中级人民法院，州人民检察院。",
          "红河州人民政府办公室", "2024年7月5日")
    ft.paragraphs[0]._p.getparent().remove(ft.paragraphs[0]._p)  # drop the empty first paragraph
    sp = ft.add_paragraph()
    fmt(sp, None, 0, line=10)
    page_number_para(ft, WD_ALIGN_PARAGRAPH.CENTER, reuse=False)

    add_text(doc, "附件", HT, 16, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_text(doc, "", indent=0)
    add_title(doc, ["红河州推进跨境电商与边民互市贸易融合发展", "重点任务分工表"], size=20, after=14)
    add_table(doc, HH_HEADER, HH_ROWS, [1.3, 4.6, 3.4, 4.0, 2.5], merges=HH_MERGES)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    soffice(path, HERE)
    clauses = clauses_of(HH_BLOCKS) + table_clauses(HH_HEADER, HH_ROWS, HH_MERGES)
    EXPECTED[stem] = [{
        "meta": {
            "title": "红河州人民政府办公室关于推进跨境电商与边民互市贸易融合发展的通知",
            "doc_number": "红政办发〔2024〕38号",
            "issuer": ["红河州人民政府办公室"],
            "date": "2024-07-02",
            "published": "2024-07-05",
            "level": "municipal",
            "region": "红河哈尼族彝族自治州",
            "effective": "2024-07-05",
            "expires": "2026-12-31",
            "attachments": ["红河州推进跨境电商与边民互市贸易融合发展重点任务分工表"],
            "doc_type": "通知",
            "recipients": ["各县市人民政府", "州直有关部门", "中国（云南）自由贸易试验区红河片区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "（二）发展互市商品落地加工。支持河口县、金平县": ["河口县", "金平县"],
            "（四）推进红河片区先行先试。在中国（云南）自由贸易试验区红河片区": ["中国（云南）自由贸易试验区红河片区"],
            "序号：2；重点任务：建设互市商品落地加工园区": ["河口县", "金平县"],
            "序号：3；重点任务：开展“跨境电商+边民互市”监管创新试点": ["中国（云南）自由贸易试验区红河片区"],
        }},
    }]


def main():
    os.makedirs(BUILD, exist_ok=True)
    try:
        make_yueyang()
        make_guangxi()
        make_qingdao()
        make_honghe()
    finally:
        shutil.rmtree(BUILD, ignore_errors=True)
    # sanity: every specific key starts a clause
    for stem, docs in EXPECTED.items():
        for d in docs:
            for k in d["applies_to"]["specific"]:
                assert len(k) >= 15 and any(c.startswith(k) for c in d["clauses"]), (stem, k)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
