# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 615 blind test documents: picture 版头 (red organ name + 文件 as PNG),
text 文号; a 落款 with organ text, and a file whose organ appears only in the
title (版头 and 印章 are pictures).  Writes .docx, .pdf and expected.json."""
import io
import json
import math
import os
import subprocess
import copy

from PIL import Image, ImageDraw, ImageFont
from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
RED = (230, 0, 18, 255)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


# ----------------------------------------------------------------- images
def _font(size, path=SERIF_BOLD):
    return ImageFont.truetype(path, size, index=2)


def _render_line(text, size, path=SERIF_BOLD):
    f = _font(size, path)
    bb = f.getbbox(text)
    w, h = bb[2] - bb[0], bb[3] - bb[1]
    img = Image.new("RGBA", (w + 8, h + 8), (255, 255, 255, 0))
    ImageDraw.Draw(img).text((4 - bb[0], 4 - bb[1]), text, font=f, fill=RED)
    return img


def _distributed(text, width, height):
    """characters spread evenly over the width (Word 分散对齐 look)"""
    img = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    chars = [_render_line(c, 200).resize((int(height * 0.95), height)) for c in text]
    cw = chars[0].size[0]
    n = len(chars)
    step = (width - cw) / (n - 1) if n > 1 else 0
    for i, ch in enumerate(chars):
        img.alpha_composite(ch, (int(round(i * step)), 0))
    return img


def png_bytes(img):
    bio = io.BytesIO()
    img.save(bio, "PNG", dpi=(300, 300))
    bio.seek(0)
    return bio


def banner_single(text, out_w=1800, out_h=210):
    img = _render_line(text, 200)
    return png_bytes(img.resize((out_w, out_h), Image.LANCZOS))


def banner_joint(organs, left_w=1380, line_h=150, gap=36):
    lines = []
    for o in organs:
        if len(o) >= 12:
            lines.append(_render_line(o, 200).resize((left_w, line_h), Image.LANCZOS))
        else:
            lines.append(_distributed(o, left_w, line_h))
    total_h = len(lines) * line_h + (len(lines) - 1) * gap
    wj = _render_line("文件", 260).resize((430, int(total_h * 0.8)), Image.LANCZOS)
    img = Image.new("RGBA", (left_w + 60 + wj.size[0], total_h), (255, 255, 255, 0))
    y = 0
    for ln in lines:
        img.alpha_composite(ln, (0, y))
        y += line_h + gap
    img.alpha_composite(wj, (left_w + 60, (total_h - wj.size[1]) // 2))
    return png_bytes(img)


def red_rule(w=1860, h=9):
    return png_bytes(Image.new("RGBA", (w, h), RED))


def seal_png(name, size=620):
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    col = (225, 10, 20, 200)
    d.ellipse([14, 14, size - 14, size - 14], outline=col, width=16)
    # star
    R, r = 78, 31
    pts = []
    for k in range(10):
        ang = math.radians(90 + k * 36)
        rad = R if k % 2 == 0 else r
        pts.append((c + rad * math.cos(ang), c - rad * math.sin(ang)))
    d.polygon(pts, fill=col)
    # text along the top arc
    n = len(name)
    span = 250 if n > 8 else 170
    start = 90 + span / 2
    step = span / (n - 1)
    fsize = 76 if n <= 14 else 58
    for i, ch in enumerate(name):
        a = start - i * step
        g = _render_line(ch, fsize, SANS_BOLD)
        g = g.resize((int(fsize * 0.85), int(fsize * 1.05)))
        gg = Image.new("RGBA", g.size, (0, 0, 0, 0))
        px = g.load()
        gp = gg.load()
        for yy in range(g.size[1]):
            for xx in range(g.size[0]):
                if px[xx, yy][3]:
                    gp[xx, yy] = (225, 10, 20, min(200, px[xx, yy][3]))
        gg = gg.rotate(a - 90, expand=True, resample=Image.BICUBIC)
        rad = c - 14 - 16 - fsize * 0.72
        x = c + rad * math.cos(math.radians(a))
        y = c - rad * math.sin(math.radians(a))
        img.alpha_composite(gg, (int(x - gg.size[0] / 2), int(y - gg.size[1] / 2)))
    return png_bytes(img)


# ----------------------------------------------------------------- docx helpers
def set_font(run, east, size=16, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font or east
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), ascii_font or east)
    rf.set(qn("w:hAnsi"), ascii_font or east)
    if color:
        run.font.color.rgb = RGBColor(*color)
    return run


def fmt(p, align=None, indent=None, line=28, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def border(p, sides=("bottom",), color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    inner = "".join(
        '<w:%s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (s, sz, space, color)
        for s in sides
    )
    el = parse_xml("<w:pBdr %s>%s</w:pBdr>" % (nsdecls("w"), inner))
    # pBdr must come before shd/tabs/spacing/ind/jc
    succ = ppr.find(qn("w:spacing"))
    for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"):
        e = ppr.find(qn(tag))
        if e is not None:
            e.addprevious(el)
            break
    else:
        ppr.append(el)
    return p


def page_setup(doc):
    for s in doc.sections:
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
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def _page_field(p, size=14):
    set_font(p.add_run("— "), SONG, size, ascii_font=SONG)
    r = p.add_run()
    set_font(r, SONG, size, ascii_font=SONG)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, SONG, size, ascii_font=SONG)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = p.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    set_font(p.add_run("1"), SONG, size, ascii_font=SONG)
    r = p.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    set_font(p.add_run(" —"), SONG, size, ascii_font=SONG)


def page_numbers(doc, odd_even=False):
    s = doc.sections[0]
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(14)
        _page_field(p)
        p = s.even_page_footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.left_indent = Pt(14)
        _page_field(p)
    else:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(p)


_DOCPR = [500]


def float_picture(run, stream, width, x, y, rel_h="margin", rel_v="paragraph", behind=False):
    run.add_picture(stream, width=width)
    drawing = run._r.find(qn("w:drawing"))
    inline = drawing[0]
    ext = inline.find(qn("wp:extent"))
    cx, cy = ext.get("cx"), ext.get("cy")
    _DOCPR[0] += 1
    anchor = parse_xml(
        '<wp:anchor %s distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%s" cy="%s"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapNone/><wp:docPr id="%d" name="印章 %d"/></wp:anchor>'
        % (nsdecls("wp"), 251659264 + _DOCPR[0], 1 if behind else 0, rel_h, int(x), rel_v, int(y),
           cx, cy, _DOCPR[0], _DOCPR[0])
    )
    anchor.append(copy.deepcopy(inline.find(qn("wp:cNvGraphicFramePr"))))
    anchor.append(copy.deepcopy(inline.find(qn("a:graphic"))))
    drawing.remove(inline)
    drawing.append(anchor)


def add_numbering(doc, abs_id, fmt_val, lvl_text, east, ind_first=640):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/><w:sz w:val="32"/></w:rPr>'
        "</w:lvl></w:abstractNum>" % (nsdecls("w"), abs_id, fmt_val, lvl_text, ind_first, east, east, east)
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), abs_id, abs_id)
    )
    numbering.append(num)
    return abs_id


def set_num(p, num_id):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def set_col_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


class Writer:
    """adds paragraphs and records the clauses an analyst would cite"""

    def __init__(self, doc, manual_indent=False):
        self.doc = doc
        self.clauses = []
        self.manual = manual_indent

    def empty(self, n=1, line=28):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), line=line)

    def heading(self, text, num_id=None):
        p = self.doc.add_paragraph()
        if num_id:
            set_num(p, num_id)
            fmt(p, line=28)
        elif self.manual:
            text = "　　" + text
            fmt(p, line=28)
        else:
            fmt(p, indent=32, line=28)
        set_font(p.add_run(text), HT, 16)
        return p

    def para(self, text, clause=True, prefix=None, num_id=None, bold_head=None, head_font=KT):
        """bold_head: a run-in heading typed in its own bold run"""
        p = self.doc.add_paragraph()
        lead = ""
        if num_id:
            set_num(p, num_id)
            fmt(p, line=28)
        elif self.manual:
            lead = "　　"
            fmt(p, line=28)
        else:
            fmt(p, indent=32, line=28)
        if bold_head:
            set_font(p.add_run(lead + bold_head), head_font, 16, bold=True)
            set_font(p.add_run(text), FS, 16)
            full = bold_head + text
        else:
            set_font(p.add_run(lead + text), FS, 16)
            full = text
        if clause:
            self.clauses.append((prefix or "") + full)
        return p

    def table(self, header, rows, widths, header_breaks=None, font_size=12, label_fix=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_col_widths(t, widths)
        for i, h in enumerate(header):
            cell = t.rows[0].cells[i]
            cell.width = Cm(widths[i])
            p = cell.paragraphs[0]
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
            parts = (header_breaks or {}).get(i)
            if parts:
                r = set_font(p.add_run(parts[0]), HT, font_size)
                r.add_break(WD_BREAK.LINE)
                set_font(p.add_run(parts[1]), HT, font_size)
            else:
                set_font(p.add_run(h), HT, font_size)
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                cell = t.rows[ri + 1].cells[ci]
                cell.width = Cm(widths[ci])
                p = cell.paragraphs[0]
                fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
                set_font(p.add_run(v), FS, font_size)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        return t


def banner_block(doc, banner_stream, width_cm=15.4):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=12)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.add_run().add_picture(banner_stream, width=Cm(width_cm))
    return p


def title_block(doc, lines, soft_break=False):
    if soft_break:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
        for i, ln in enumerate(lines):
            r = set_font(p.add_run(ln), XBS, 22)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
    else:
        for ln in lines:
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
            set_font(p.add_run(ln), XBS, 22)


def recipients_line(doc, text):
    p = doc.add_paragraph()
    fmt(p, line=28)
    set_font(p.add_run(text), FS, 16)


def attachments_block(doc, items, numbered=True):
    p = doc.add_paragraph()
    fmt(p, indent=32, line=28)
    if not numbered:
        set_font(p.add_run("附件：" + items[0]), FS, 16)
        return
    set_font(p.add_run("附件：1." + items[0]), FS, 16)
    for i, it in enumerate(items[1:], start=2):
        p = doc.add_paragraph()
        # typed with spaces so that the numbers line up under "1."
        fmt(p, line=28)
        set_font(p.add_run(" " * 14 + "%d.%s" % (i, it)), FS, 16)


def banji(doc, cc, printer=None, print_date=None, gap=18):
    p = doc.add_paragraph()
    fmt(p, line=28, left=14, right=14)
    set_font(p.add_run(cc), FS, 14)
    border(p, sides=("top", "bottom"), color="000000", sz=8 if printer else 12, space=2)
    if printer:
        p = doc.add_paragraph()
        fmt(p, line=28, left=14, right=14)
        set_font(p.add_run(printer + " " * gap + print_date), FS, 14)
        border(p, sides=("bottom",), color="000000", sz=12, space=2)


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_615", "--headless", "--convert-to", "pdf",
         "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )


# ================================================================== doc 1
def make_fuzhou():
    doc = Document()
    page_setup(doc)
    page_numbers(doc, odd_even=True)
    W = Writer(doc)

    banner_block(doc, banner_single("福建省商务厅文件"))
    W.empty(1)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=14)
    set_font(p.add_run("闽商务电商〔2026〕5号"), FS, 16)
    border(p, sides=("bottom",), color="FF0000", sz=18, space=8)
    W.empty(1)

    title = "福建省商务厅关于做好2026年跨境电子商务综合试验区建设工作的通知"
    title_block(doc, ["福建省商务厅关于做好2026年跨境电子商务", "综合试验区建设工作的通知"], soft_break=True)
    W.empty(1)
    recipients_line(doc, "各设区市商务局，平潭综合实验区经济发展局：")

    W.para("为深入贯彻落实党中央、国务院关于拓展跨境电商出口、推进海外仓建设的决策部署，进一步发挥我省跨境电子商务综合试验区（以下简称综试区）先行先试作用，推动跨境电商与特色产业带深度融合，助力“丝路海港”“丝路飞翔”“丝路电商”建设，现就做好2026年综试区建设工作通知如下：")
    W.heading("一、总体目标")
    W.para("2026年，全省跨境电商进出口规模力争达到2200亿元，同比增长10%以上；新培育跨境电商特色产业带10个以上，新增省级公共海外仓8个以上；福州、厦门综试区在全国综试区年度评估中保持第一档，其他综试区评估等次稳中有升。")
    W.para("各综试区2026年主要目标任务分解如下：")
    W.table(
        ["综试区", "跨境电商进出口额（亿元）", "新增公共海外仓（个）", "重点培育产业带"],
        [
            ["福州", "520", "2", "福清、长乐纺织服装"],
            ["厦门", "650", "2", "电子信息、体育用品"],
            ["泉州", "560", "2", "晋江鞋服、德化陶瓷"],
            ["漳州", "120", "1", "食品、家具"],
            ["莆田", "150", "1", "鞋业、工艺美术"],
            ["龙岩", "40", "0", "工程机械"],
            ["三明", "30", "0", "纺织"],
            ["南平", "35", "0", "竹木制品"],
            ["宁德", "45", "1", "茶叶、新能源配套"],
        ],
        widths=[2.2, 4.2, 3.8, 5.2],
    )
    W.empty(1)
    W.heading("二、重点任务")
    W.para("各综试区要聚焦鞋服、箱包、茶叶、陶瓷、食品、工艺美术等特色产业，每个综试区至少遴选1个重点产业带，全年组织“产业带+平台”对接活动不少于2场，引导传统外贸企业和生产型企业开展品牌出海。", bold_head="（一）推动跨境电商赋能产业带。")
    W.para("支持企业在共建“一带一路”国家和RCEP成员国布局海外仓，重点在东南亚、中东、拉美、中亚等新兴市场建设公共海外仓，推动海外仓与中欧班列、“丝路海运”航线联动发展。对新认定的省级公共海外仓，按照《福建省商务发展专项资金管理办法》有关规定给予支持。", bold_head="（二）加快海外仓布局建设。")
    W.para("会同福州海关、厦门海关推广跨境电商企业对企业直接出口（9710）、出口海外仓（9810）监管模式，推动跨境电商零售出口“清单核放、汇总申报”全覆盖，支持福州、厦门、泉州综试区开展跨境电商出口商品退货监管试点。", bold_head="（三）提升通关便利化水平。")
    W.para("各综试区要于2026年6月30日前完成线上综合服务平台与国际贸易“单一窗口”的数据对接，实现企业备案、物流、支付、结汇、退税等信息“一次录入、共享共用”。", bold_head="（四）完善线上综合服务平台。")
    W.para("鼓励综试区联合高校、行业协会开展跨境电商人才培训，全年培训不少于3000人次；培育跨境电商龙头企业20家以上、跨境电商服务商10家以上。", bold_head="（五）强化主体和人才培育。")
    W.heading("三、工作要求")
    W.para("各设区市商务主管部门要将综试区建设纳入年度重点工作，建立工作专班，明确责任分工，定期研究解决综试区建设中的重大问题。", bold_head="（一）加强组织领导。")
    W.para("各综试区要按以下要求做好数据报送工作：", bold_head="（二）做好统计监测。")
    W.para("1.每月10日前通过全省跨境电商统计监测系统报送上月跨境电商进出口数据；")
    W.para("2.每季度结束后15日内报送海外仓运营情况，包括：")
    W.para("（1）海外仓数量、面积及所在国家（地区）；")
    W.para("（2）服务企业数量、货物周转量及退换货处理情况；")
    W.para("3.2026年7月15日、2027年1月15日前分别报送半年和全年工作总结。")
    W.para("省商务厅将会同有关部门对各综试区年度建设情况开展评估，评估结果作为省级商务发展专项资金分配的重要依据。对工作推进不力、数据报送不及时的，予以通报。", bold_head="（三）开展评估督导。")
    W.para("联系人：省商务厅电子商务处林晓峰，联系电话：0591-87853126。")
    W.empty(1)
    atts = ["2026年全省跨境电商重点项目清单", "跨境电商海外仓运营情况季度统计表"]
    attachments_block(doc, atts)
    W.empty(2)

    # 落款: organ and date in ONE paragraph, aligned with spaces, soft line break, seal over it
    p = doc.add_paragraph()
    fmt(p, line=28)
    r = set_font(p.add_run(" " * 38 + "福建省商务厅"), FS, 16)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run(" " * 36 + "2026年2月26日"), FS, 16)
    float_picture(p.add_run(), seal_png("福建省商务厅"), Cm(4.2), Cm(6.8), Cm(-1.3))
    W.empty(1)
    p = doc.add_paragraph()
    fmt(p, indent=32, line=28)
    set_font(p.add_run("（此件公开发布）"), FS, 16)
    W.empty(1)
    banji(doc, "抄送：商务部电子商务司，福州海关、厦门海关，省发展改革委、财政厅、税务局，国家外汇管理局福建省分局。",
          "福建省商务厅办公室", "2026年2月27日印发")

    stem = "blind615_fuzhou_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": title,
        "doc_number": "闽商务电商〔2026〕5号",
        "issuer": ["福建省商务厅"],
        "date": "2026-02-26",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": atts,
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "平潭综合实验区经济发展局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": W.clauses}]


# ================================================================== doc 2
def make_chengdu():
    doc = Document()
    page_setup(doc)
    page_numbers(doc)
    W = Writer(doc, manual_indent=True)

    banner_block(doc, banner_single("成都市口岸与物流办公室文件", out_h=230), width_cm=15.6)
    W.empty(2)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    set_font(p.add_run("成口物发〔2025〕23号"), FS, 16)
    # the red rule is a picture too
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=14)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.add_run().add_picture(red_rule(), width=Cm(15.6))
    W.empty(1)

    title = "成都市口岸与物流办公室关于进一步提升中欧班列（成渝）集结运营效能的通知"
    title_block(doc, [title])
    W.empty(1)
    recipients_line(doc, "各区（市）县口岸物流主管部门，成都国际铁路港经济技术开发区管委会，有关班列运营平台企业：")

    W.para("为贯彻落实国家推动中欧班列高质量发展的有关部署和《成渝地区双城经济圈建设规划纲要》，巩固中欧班列（成渝）开行规模领先优势，提升班列集结效率、回程货源组织能力和综合效益，更好服务共建“一带一路”和西部陆海新通道建设，经研究，现就有关事项通知如下：")
    W.heading("一、优化集结组织")
    W.para("（一）推动集结中心提质扩能。依托成都国际铁路港中欧班列集结中心，完善“干支结合、枢纽集散”运输组织体系，2026年底前实现集结中心年作业能力达到5000列以上。")
    W.para("（二）拓展省内外集货网络。支持班列运营平台企业在德阳、眉山、资阳、宜宾等地设立集货点，开行“市（州）—集结中心”省内支线班列，对符合条件的支线班列按照本通知第四部分规定给予支持。")
    W.para("（三）提高班列运行时效。会同中国铁路成都局集团有限公司优化班列运行图，主要线路按以下目标压缩全程运行时间：")
    W.para("1.西向至波兰罗兹、德国纽伦堡方向全程运行时间压缩至12天以内；")
    W.para("2.北向经二连浩特、满洲里口岸至俄罗斯莫斯科方向全程运行时间压缩至14天以内；")
    W.para("3.中亚方向经霍尔果斯、阿拉山口口岸至哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干方向全程运行时间压缩至8天以内。")
    W.para("各主要线路2026年开行目标如下：")
    W.table(
        ["线路方向", "主要境外节点", "2026年目标开行列数（列）", "牵头单位"],
        [
            ["西向线路", "波兰罗兹、荷兰蒂尔堡、德国纽伦堡", "1200", "成都国际陆港运营有限公司"],
            ["北向线路", "俄罗斯莫斯科、白俄罗斯明斯克", "650", "成都国际陆港运营有限公司"],
            ["中亚线路", "哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干", "900", "成都国际铁路港经济技术开发区管委会"],
            ["中欧班列—西部陆海新通道联运线路", "越南河内、新加坡", "300", "成都国际铁路港经济技术开发区管委会"],
        ],
        widths=[3.2, 4.6, 3.2, 4.6],
        header_breaks={2: ("2026年目标", "开行列数（列）")},
    )
    W.empty(1)
    W.heading("二、提升回程货源组织能力")
    W.para("（一）培育回程货源品类。引导企业扩大欧洲、中亚优质农产品、汽车及零部件、机电设备、木材、葡萄酒等商品进口，支持在成都国际铁路港综合保税区设立进口商品分拨中心。")
    W.para("（二）发展“班列+”产业。推动“班列+贸易”“班列+跨境电商”“班列+供应链金融”融合发展，支持跨境电商企业利用班列开展出口海外仓（9810）业务，探索开行跨境电商专列。")
    W.para("（三）推进单证便利化。支持企业使用铁路运输单证开展信用证结算、仓单质押等融资业务，推动多式联运“一单制”在回程班列中的应用。")
    W.heading("三、强化通关与运营服务")
    W.para("（一）深化通关便利。会同成都海关推广“铁路快通”“两段准入”等便利化措施，推动班列进出口货物查验、放行时间进一步压缩。")
    W.para("（二）规范市场秩序。班列运营平台企业应当严格执行运价公示制度，不得以低于成本的价格恶性竞争，不得违规揽货、虚报开行数据。")
    W.para("（三）加强安全管理。各有关单位要落实安全生产主体责任，加强境外线路风险监测和应急处置，确保班列安全稳定运行。")
    W.heading("四、完善支持政策")
    W.para("对符合以下条件的班列运营平台企业和货主企业，按规定给予支持：")
    W.para("1.开行省内支线班列，且单列装载率达到80%以上的，按每列不超过2万元给予运营补助；")
    W.para("2.组织回程货源，年度回程重箱量同比增长20%以上的，按新增重箱量每标箱不超过500元给予奖励，单个企业年度奖励总额不超过300万元；")
    W.para("3.新开通境外节点城市线路并实现常态化运行（每月开行不少于2列）的，一次性给予不超过50万元奖励。")
    W.para("同一事项符合本市其他同类支持政策的，按照“就高不重复”原则执行。具体申报程序另行通知。")
    W.para("本通知自印发之日起施行，有效期至2027年12月31日。我办2023年印发的《关于优化中欧班列（成渝）集结组织工作的通知》（成口物发〔2023〕31号）同时废止。")
    W.empty(1)
    atts = ["中欧班列（成渝）回程货源组织奖励申报表"]
    p = doc.add_paragraph()
    fmt(p, line=28)
    set_font(p.add_run("　　附件：" + atts[0]), FS, 16)
    W.empty(1)

    # 落款: no organ text at all -- only the seal picture over the date
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28, right=64)
    set_font(p.add_run("2025年11月18日"), FS, 16)
    float_picture(p.add_run(), seal_png("成都市口岸与物流办公室"), Cm(4.2), Cm(8.9), Cm(-2.2))
    W.empty(1)
    p = doc.add_paragraph()
    fmt(p, line=28)
    set_font(p.add_run("　　（此件公开发布）"), FS, 16)
    W.empty(4)
    banji(doc, "抄送：成都海关，中国铁路成都局集团有限公司，市发展改革委、市经信局、市商务局、市财政局。")

    stem = "blind615_chengdu_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": title,
        "doc_number": "成口物发〔2025〕23号",
        "issuer": ["成都市口岸与物流办公室"],
        "date": "2025-11-18",
        "published": None,
        "level": "municipal",
        "region": "成都市",
        "effective": "2025-11-18",
        "expires": "2027-12-31",
        "attachments": atts,
        "doc_type": "通知",
        "recipients": ["各区（市）县口岸物流主管部门", "成都国际铁路港经济技术开发区管委会", "有关班列运营平台企业"],
        "publicity": "此件公开发布",
        "repeals": "《关于优化中欧班列（成渝）集结组织工作的通知》（成口物发〔2023〕31号）",
    }
    return stem, [{"meta": meta, "clauses": W.clauses}]


# ================================================================== doc 3
def make_qinzhou():
    doc = Document()
    page_setup(doc)
    page_numbers(doc)
    W = Writer(doc)
    cn = add_numbering(doc, 91, "chineseCounting", "%1、", HT)
    dec = add_numbering(doc, 92, "decimal", "%1.", FS)

    org1 = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    org2 = "钦州市商务局"
    banner_block(doc, banner_joint([org1, org2]), width_cm=15.6)
    W.empty(1)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=12)
    set_font(p.add_run("钦港片管发〔2024〕15号"), FS, 16)
    border(p, sides=("bottom",), color="E60012", sz=24, space=10)
    W.empty(1)

    title_block(doc, ["中国（广西）自由贸易试验区钦州港片区", "管理委员会 钦州市商务局关于进一步做好", "外商投资促进和服务保障工作的通知"])
    title = org1 + " 钦州市商务局关于进一步做好外商投资促进和服务保障工作的通知"
    W.empty(1)
    recipients_line(doc, "片区管委会各部门，各县（区）商务局，钦州综合保税区有关单位：")

    W.para("为深入贯彻《中华人民共和国外商投资法》及其实施条例，落实《中国（广西）自由贸易试验区总体方案》和自治区关于加大吸引和利用外资力度的部署要求，充分发挥钦州港片区面向东盟的开放门户作用，进一步优化外商投资环境，现就做好外商投资促进和服务保障工作通知如下：")
    W.heading("精准开展投资促进", num_id=cn)
    W.para("围绕石化化工、新能源材料、装备制造、港航物流、跨境贸易等主导产业，编制外商投资重点项目清单，实行动态管理，每半年更新一次。", bold_head="（一）聚焦重点产业招商。")
    W.para("依托中国—东盟博览会、中国—东盟商务与投资峰会等平台，每年赴东盟国家开展专题招商活动不少于3次，重点引进新加坡、马来西亚、泰国、印度尼西亚等国企业投资。", bold_head="（二）拓展对东盟招商渠道。")
    W.para("推行“以商招商”“以链招商”，对成功引荐外资项目落地的中介机构和个人，按照有关规定给予奖励。", bold_head="（三）创新招商方式。")
    W.heading("强化外资企业服务保障", num_id=cn)
    W.para("对新设立和增资扩股的外商投资企业，实行“一企一专员”跟踪服务，服务专员名单见附件。", bold_head="（一）建立服务专员制度。")
    W.para("片区政务服务中心设立外商投资服务专窗，推行以下便利化措施：", bold_head="（二）提升投资便利化水平。")
    W.para("外商投资企业设立登记实行“一窗受理、并联审批”，材料齐全的1个工作日内办结；", prefix="1.", num_id=dec)
    W.para("推行外籍人员工作许可和居留许可“一窗通办”；", prefix="2.", num_id=dec)
    W.para("对外商投资企业跨境资金使用，会同有关金融机构提供政策辅导和便利化服务。", prefix="3.", num_id=dec)
    W.para("严格落实外商投资准入前国民待遇加负面清单管理制度，负面清单以外领域按照内外资一致原则实施管理。完善外商投资企业投诉工作机制，对企业反映的问题，原则上在10个工作日内予以答复。", bold_head="（三）保障外商投资企业合法权益。")
    W.heading("加大政策支持力度", num_id=cn)
    W.para("（一）对在片区新设立的外商投资企业，实际到资（不含外方股东贷款）达到1000万美元以上的，按实际到资额的1%给予奖励，单个企业最高不超过500万元人民币。")
    W.para("（二）对外商投资企业以境内所得利润再投资，年度再投资额达到500万美元以上的，参照前款规定给予奖励。")
    W.para("（三）同一企业同一项目符合片区其他同类政策的，按照“从优、不重复”原则给予支持，不得重复享受。")
    W.heading("抓好工作落实", num_id=cn)
    W.para("各责任单位要按照以下分工抓好落实：")
    W.table(
        ["重点工作", "牵头单位", "配合单位", "完成时限"],
        [
            ["编制外商投资重点项目清单", "片区投资促进局", "钦州市商务局", "2024年11月30日"],
            ["设立外商投资服务专窗", "片区行政审批局", "片区投资促进局", "2024年10月31日"],
            ["建立外商投资企业投诉工作机制", "钦州市商务局", "片区经济发展局", "2024年12月31日"],
            ["兑现外资奖励政策", "片区财政局", "片区投资促进局、钦州市商务局", "常态化推进"],
        ],
        widths=[5.0, 3.4, 4.2, 3.0],
    )
    W.para("片区投资促进局要会同钦州市商务局建立外商投资工作月调度机制，每月5日前汇总上月外商投资项目进展情况，重大问题及时报告片区管委会和钦州市人民政府。")
    W.para("各县（区）商务局要参照本通知要求，结合本地实际做好外商投资促进和服务保障工作，工作中遇到的问题请及时向钦州市商务局反映。")
    W.para("本通知自2024年10月1日起施行，有效期至2027年9月30日。")
    W.empty(1)
    atts = ["钦州港片区外商投资企业服务专员名单"]
    attachments_block(doc, atts, numbered=False)
    W.empty(1)

    # joint 落款 in a borderless layout table, long organ name broken in two lines
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c1, c2 = t.rows[0].cells
    set_col_widths(t, [8.2, 7.4])
    p = c1.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    r = set_font(p.add_run("中国（广西）自由贸易试验区"), FS, 16)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("钦州港片区管理委员会"), FS, 16)
    float_picture(p.add_run(), seal_png(org1), Cm(4.0), Cm(2.0), Cm(-1.2), rel_h="column")
    p = c2.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    set_font(p.add_run("钦州市商务局"), FS, 16)
    float_picture(p.add_run(), seal_png(org2), Cm(4.0), Cm(1.6), Cm(-1.4), rel_h="column")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28, right=64)
    set_font(p.add_run("2024年9月10日"), FS, 16)
    W.empty(1)
    p = doc.add_paragraph()
    fmt(p, indent=32, line=28)
    set_font(p.add_run("（此件公开发布）"), FS, 16)
    W.empty(3)
    banji(doc, "抄送：自治区商务厅，自治区自由贸易试验区工作办公室，钦州市人民政府办公室，钦州海关。",
          "钦州港片区管理委员会党政办公室", "2024年9月11日印发", gap=8)

    stem = "blind615_qinzhou_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": title,
        "doc_number": "钦港片管发〔2024〕15号",
        "issuer": [org1, org2],
        "date": "2024-09-10",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": "2024-10-01",
        "expires": "2027-09-30",
        "attachments": atts,
        "doc_type": "通知",
        "recipients": ["片区管委会各部门", "各县（区）商务局", "钦州综合保税区有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": W.clauses}]


def main():
    expected = {}
    for fn in (make_fuzhou, make_chengdu, make_qinzhou):
        stem, objs = fn()
        expected[stem] = objs
        convert(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(sorted(expected)))


if __name__ == "__main__":
    main()
