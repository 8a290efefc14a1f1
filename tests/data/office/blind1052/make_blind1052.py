# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1052: 通知 with a pasted-picture 版头 (红头 as PNG), and a notice whose
落款 (organ + date + red seal) is a picture. Word + PDF + expected.json."""
import io
import json
import math
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SERIF_REG = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SANS_REG = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC = 2  # index of the SC face in the Noto .ttc files


def pil_font(path, size):
    try:
        return ImageFont.truetype(path, size, index=SC)
    except Exception:
        return ImageFont.load_default()


# ---------------------------------------------------------------- pictures
def _text_img(text, size, color, path=SERIF_BOLD, squeeze=0.82):
    """Render one line of text on a transparent canvas, squeezed horizontally
    (方正小标宋 headers look narrow and tall)."""
    f = pil_font(path, size)
    l, t, r, b = f.getbbox(text)
    im = Image.new("RGBA", (r - l + 20, b - t + 20), (255, 255, 255, 0))
    ImageDraw.Draw(im).text((10 - l, 10 - t), text, font=f, fill=color)
    w, h = im.size
    return im.resize((max(1, int(w * squeeze)), h), Image.LANCZOS)


def _flatten(im, bg=(253, 252, 250)):
    out = Image.new("RGB", im.size, bg)
    out.paste(im, (0, 0), im)
    buf = io.BytesIO()
    out.save(buf, "PNG", dpi=(300, 300))
    buf.seek(0)
    return buf


def header_single(text):
    """'湖南省商务厅文件' as a red picture (a scanned 红头)."""
    line = _text_img(text, 200, (230, 0, 18, 255))
    W, H = line.size[0] + 60, line.size[1] + 40
    im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    im.paste(line, (30, 20), line)
    return _flatten(im)


def header_joint(organs, word="文件"):
    """Joint 版头: organ names stacked on the left, 文件 centred on the right."""
    red = (230, 0, 18, 255)
    lines = [_text_img(o, 150, red) for o in organs]
    big = _text_img(word, 230, red, squeeze=0.9)
    lw = max(l.size[0] for l in lines)
    lh = sum(l.size[1] for l in lines) + 20 * (len(lines) - 1)
    W = lw + 60 + big.size[0] + 60
    H = max(lh, big.size[1]) + 40
    im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    y = (H - lh) // 2
    for l in lines:
        # stretch each organ line to the same width (distributed alignment)
        l2 = l.resize((lw, l.size[1]), Image.LANCZOS)
        im.paste(l2, (30, y), l2)
        y += l.size[1] + 20
    im.paste(big, (30 + lw + 60, (H - big.size[1]) // 2), big)
    return _flatten(im)


def seal(name, size=560):
    """Round red official seal: ring, five-pointed star, organ name on the arc."""
    im = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    red = (215, 25, 32, 215)
    c = size / 2
    ring = 16
    d.ellipse([ring / 2, ring / 2, size - ring / 2, size - ring / 2], outline=red, width=ring)
    # star
    R, r_ = size * 0.16, size * 0.065
    pts = []
    for k in range(10):
        ang = math.radians(-90 + k * 36)
        rr = R if k % 2 == 0 else r_
        pts.append((c + rr * math.cos(ang), c + 8 + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # organ name around the top arc
    f = pil_font(SERIF_BOLD, int(size * 0.13))
    n = len(name)
    span = 210.0
    rad = size / 2 - ring - size * 0.095
    for i, ch in enumerate(name):
        phi = -span / 2 + span * (i + 0.5) / n
        l, t, rgt, b = f.getbbox(ch)
        chim = Image.new("RGBA", (rgt - l + 10, b - t + 10), (255, 255, 255, 0))
        ImageDraw.Draw(chim).text((5 - l, 5 - t), ch, font=f, fill=red)
        chim = chim.resize((int(chim.size[0] * 0.8), chim.size[1]), Image.LANCZOS)
        rot = chim.rotate(-phi, expand=True, resample=Image.BICUBIC)
        x = c + rad * math.sin(math.radians(phi)) - rot.size[0] / 2
        y = c - rad * math.cos(math.radians(phi)) - rot.size[1] / 2
        im.alpha_composite(rot, (int(x), int(y)))
    return im.rotate(-7, resample=Image.BICUBIC)  # stamped a little crooked


def luokuan_picture(organ, date_txt):
    """The whole 落款 (organ + date) as one scanned picture with the seal over it."""
    W, H = 980, 560
    im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    f = pil_font(SERIF_REG, 66)
    ink = (35, 35, 35, 255)
    for txt, y in ((organ, 170), (date_txt, 290)):
        l, t, r, b = f.getbbox(txt)
        d.text(((W - (r - l)) / 2 - l + 40, y - t), txt, font=f, fill=ink)
    s = seal(organ, 500)
    im.alpha_composite(s, ((W - s.size[0]) // 2 + 40, (H - s.size[1]) // 2 + 6))
    return _flatten(im, bg=(251, 251, 249))


# ---------------------------------------------------------------- docx helpers
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
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break_before(p):
    p.paragraph_format.page_break_before = True
    return p


def picture_par(doc, stream, width, align=WD_ALIGN_PARAGRAPH.CENTER, line=None):
    p = doc.add_paragraph()
    p.alignment = align
    p.add_run().add_picture(stream, width=width)
    pf = p.paragraph_format
    pf.first_line_indent = Pt(0)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    # single line spacing so the picture is not clipped by the fixed 28pt rule
    pf.line_spacing = 1.0
    return p


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, width=None):
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    if width is not None:
        cell.width = width


def col_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = widths[i]


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def data_table(doc, header, rows, clauses, widths=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size, width=widths[i] if widths else None)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size, width=widths[ci] if widths else None)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        col_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1052", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}


# =================================================================== DOC A
def doc_hunan():
    """湖南省商务厅 notice; 版头 '湖南省商务厅文件' is a pasted PNG."""
    stem = "blind1052_hunan_hongtoutu"
    doc = Document()
    setup(doc)
    clauses = []

    picture_par(doc, header_single("湖南省商务厅文件"), Cm(15.2))
    empty(doc, 1)
    # 文号 typed as text, red rule = bottom border of the same paragraph
    p = add_par(doc, "湘商合〔2026〕9号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in two paragraphs, broken at an odd place
    for ln in ("湖南省商务厅关于做好2026年境外经贸", "合作区建设和“走出去”企业服务保障", "工作的通知"):
        add_par(doc, [(ln, XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市州商务局，湖南湘江新区经济发展局，有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，落实《湖南省推进高水平对外开放三年行动方案（2025—2027年）》，进一步提升我省境外经贸合作区建设水平，做好“走出去”企业服务保障，现就有关事项通知如下：")
    head("一、总体要求")
    body("以中国—非洲经贸博览会为牵引，聚焦非洲、东盟、中亚等重点区域，推动境外经贸合作区由“建园区”向“强产业、优服务”转变。2026年，力争全省境外经贸合作区新增入区企业60家以上，带动湘产装备、建材、农机等出口80亿元以上。")
    head("二、重点任务")
    runin("（一）分类培育合作区。", "按照“巩固一批、建设一批、储备一批”的思路，对全省境外经贸合作区实行分类培育、动态管理。2026年度省级重点培育的境外经贸合作区如下：")
    W = [Cm(1.2), Cm(6.4), Cm(2.5), Cm(1.8), Cm(2.0), Cm(1.9)]
    data_table(doc, ["序号", "合作区名称", "所在国家", "入区企业（家）", "累计投资额（亿美元）", "培育类别"], [
        ["1", "湖南—赞比亚农业产业园", "赞比亚", "14", "3.62", "巩固提升"],
        ["2", "中国（湖南）—尼日利亚建材工业园", "尼日利亚", "9", "5.18", "巩固提升"],
        ["3", "湘柬农业合作园区", "柬埔寨", "11", "2.07", "加快建设"],
        ["4", "湖南—老挝万象物流产业园", "老挝", "6", "1.35", "加快建设"],
        ["5", "湖南—乌兹别克斯坦纺织产业园", "乌兹别克斯坦", "3", "0.86", "储备培育"],
        ["合计", "—", "—", "43", "13.08", "—"],
    ], clauses, W, size=10.5)
    note = "注：数据截至2025年12月31日，由各合作区建设主体填报、所在市州商务局审核。"
    clauses.append(note)
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=18, before=2)
    runin("（二）完善公共服务平台。", "依托中国—非洲经贸博览会常设机构和中非经贸合作促进创新示范园，建设境外经贸合作区综合服务平台，为企业提供政策咨询、法律服务、投融资对接、风险预警等“一站式”服务。各市州商务局要确定1名“走出去”服务联络员，于2026年4月10日前报省商务厅对外投资和经济合作处。")
    runin("（三）强化金融保险支持。", "重点做好以下工作：")
    body("1.推动中国出口信用保险公司湖南分公司扩大海外投资保险承保规模，对重点合作区入区企业做到应保尽保。")
    # items 2 and 3 typed in ONE paragraph with Shift+Enter between them
    t2 = "2.鼓励省内银行机构开展“境外园区贷”“出口信用保险保单融资”等业务，2026年对境外经贸合作区建设主体和入区企业新增授信不低于30亿元。"
    t3 = "3.对符合条件的境外经贸合作区建设主体，按照《湖南省对外投资合作专项资金管理办法》给予支持，单个合作区年度支持金额最高不超过500万元。"
    p = doc.add_paragraph()
    font(p.add_run(t2), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t3), FS, 16)
    fmt(p)
    clauses.extend([t2, t3])
    head("三、工作要求")
    runin("（一）压实工作责任。", "各市州商务局要明确分管领导和责任科室，加强指导服务。")
    runin("（二）做好信息报送。", "请各市州商务局于每季度结束后10个工作日内，将辖区境外经贸合作区建设情况按附件要求报送省商务厅（联系人：周敏，电话：0731-82295163）。")
    empty(doc, 1)
    add_par(doc, "附件：境外经贸合作区建设情况季度报送要点")
    empty(doc, 2)
    # 落款 pushed right with typed half-width spaces
    p = add_par(doc, " " * 40 + "湖南省商务厅", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 38 + "2026年3月16日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    page_break_before(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("境外经贸合作区建设情况季度报送要点", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def runin_ht(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    runin_ht("一、基本情况。", "合作区名称、所在国家和城市、建设主体、规划面积、已开发面积、园区主导产业。")
    runin_ht("二、运营情况。", "本季度新增入区企业数量及名称、累计入区企业数量、本季度新增投资额和累计投资额、入区企业总产值、上缴东道国税费、雇用当地员工人数。")
    runin_ht("三、带动出口情况。", "本季度带动国内设备、原材料、零部件出口金额，主要出口产品及来源市州。")
    runin_ht("四、存在问题和建议。", "合作区建设运营中遇到的困难问题，需要省级层面协调解决的事项。")
    body("报送材料请加盖单位公章，扫描件通过电子政务外网报送，同时报送可编辑的电子版。")

    banji(doc, "抄送：商务部对外投资和经济合作司，省发展改革委，省财政厅，省外办。",
          "湖南省商务厅办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省商务厅关于做好2026年境外经贸合作区建设和“走出去”企业服务保障工作的通知",
            "doc_number": "湘商合〔2026〕9号",
            "issuer": ["湖南省商务厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": ["境外经贸合作区建设情况季度报送要点"],
            "doc_type": "通知",
            "recipients": ["各市州商务局", "湖南湘江新区经济发展局", "有关企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    """钦州市商务局 notice; the whole 落款 (organ, date, seal) is a picture."""
    stem = "blind1052_qinzhou_luokuantu"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("钦州市商务局文件", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64, before=18)
    empty(doc, 1)
    add_par(doc, "钦商务发〔2026〕21号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title: one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("钦州市商务局关于开展2026年“RCEP惠企"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("服务月”暨西部陆海新通道政策"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("宣讲活动的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县（区）商务主管部门，钦州港经济技术开发区经济发展局，中国（广西）自由贸易试验区钦州港片区管委会产业促进局，各有关企业：", indent=False)

    IND = "\u3000\u3000"  # indentation typed with full-width spaces

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("为推动《区域全面经济伙伴关系协定》（RCEP）红利加快释放，帮助企业用好西部陆海新通道和中国（广西）自由贸易试验区钦州港片区各项政策，经研究，定于2026年5月在全市开展“RCEP惠企服务月”暨西部陆海新通道政策宣讲活动(以下简称服务月活动)。现将有关事项通知如下:")
    runin("一、活动时间。", "2026年5月6日至5月29日。")
    runin("二、参加对象。", "全市外贸进出口企业、跨境电商企业、物流企业、报关企业，以及有意拓展东盟市场的生产制造企业。")
    add_par(doc, [(IND, FS, 16, False), ("三、活动安排", HT, 16, False)], indent=False)
    body("服务月活动期间共安排4场专题活动，具体如下：")

    # table with a two-level (merged) header
    cols = ["序号", "活动名称", "时间", "地点", "承办单位", "联系方式／联系人", "联系方式／电话"]
    rows = [
        ["1", "RCEP原产地规则及关税减让专题培训", "5月8日", "钦州市政务服务中心三楼培训室", "钦州海关、市商务局", "黄丽", "0777-2826315"],
        ["2", "西部陆海新通道海铁联运政策宣讲会", "5月14日", "钦州港片区综合服务中心", "钦州港片区管委会产业促进局", "梁志强", "0777-3882607"],
        ["3", "中国—东盟跨境电商企业对接会", "5月21日", "钦州市跨境电商产业园", "市商务局、钦南区商务局", "韦晓婷", "0777-2826319"],
        ["4", "外贸企业出口信用保险及汇率避险座谈会", "5月27日", "钦州市商务局五楼会议室", "市商务局、中国出口信用保险公司广西分公司", "陈俊", "0777-2826322"],
    ]
    W = [Cm(0.9), Cm(3.2), Cm(1.5), Cm(2.8), Cm(2.9), Cm(1.5), Cm(2.9)]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in range(5):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, cols[ci], HT, 10.5, width=W[ci])
    m = t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(m, "联系方式", HT, 10.5)
    set_cell(t.cell(1, 5), "联系人", HT, 10.5, width=W[5])
    set_cell(t.cell(1, 6), "电话", HT, 10.5, width=W[6])
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, width=W[ci])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(cols, row)))
    col_widths(t, W)
    note = "注：活动具体时间、地点如有调整，另行通知。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    runin("四、报名方式。", "请参加活动的企业于2026年5月4日前通过“钦州商务”微信公众号“惠企服务”栏目在线报名，也可填写附件报名回执发送至qzswj_rcep@163.com。各县（区）商务主管部门要积极动员辖区企业参加，每场活动组织企业不少于10家。")
    runin("五、有关要求。", "各单位要高度重视，精心组织，确保活动取得实效。活动不收取任何费用，参会人员交通、食宿自理。")
    empty(doc, 1)
    add_par(doc, IND + "附件：2026年“RCEP惠企服务月”活动报名回执", indent=False)
    empty(doc, 1)
    # the whole 落款 pasted as one scanned picture (organ + date + red seal)
    p = picture_par(doc, luokuan_picture("钦州市商务局", "2026年4月20日"), Cm(7.2),
                    align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(24)
    add_par(doc, IND + "（此件公开发布）", indent=False)
    banji(doc, "抄送：自治区商务厅，市人民政府办公室，钦州海关。",
          "钦州市商务局办公室", "2026年4月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市商务局关于开展2026年“RCEP惠企服务月”暨西部陆海新通道政策宣讲活动的通知",
            "doc_number": "钦商务发〔2026〕21号",
            "issuer": ["钦州市商务局"],
            "date": "2026-04-20",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年“RCEP惠企服务月”活动报名回执"],
            "doc_type": "通知",
            "recipients": ["各县（区）商务主管部门", "钦州港经济技术开发区经济发展局",
                           "中国（广西）自由贸易试验区钦州港片区管委会产业促进局", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_zhejiang():
    """Joint 浙江省商务厅/浙江省财政厅 notice issuing a 管理办法; the joint 版头
    (two organ names + 文件) is a pasted PNG."""
    stem = "blind1052_zhejiang_lianhe"
    doc = Document()
    setup(doc)
    clauses = []

    picture_par(doc, header_joint(["浙江省商务厅", "浙江省财政厅"]), Cm(12.5))
    add_par(doc, "浙商务联发〔2026〕18号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=14)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("浙江省商务厅　浙江省财政厅关于印发"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("《中国（浙江）自由贸易试验区跨境贸易投资"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("高水平开放专项资金管理办法》的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市、县（市、区）商务主管部门、财政局，中国（浙江）自由贸易试验区各片区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入实施自由贸易试验区提升战略，规范和加强省级自由贸易试验区专项资金管理，提高资金使用效益，省商务厅、省财政厅制定了《中国（浙江）自由贸易试验区跨境贸易投资高水平开放专项资金管理办法》，现印发给你们，请认真贯彻执行。")
    empty(doc, 1)
    # two 落款 organs side by side with tabs, date under them
    p = add_par(doc, [("\t浙江省商务厅\t浙江省财政厅", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.6))
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, [("\t2026年4月28日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.4))
    add_par(doc, "（此件公开发布）")

    # ---- the 办法 itself, on a new page
    page_break_before(add_par(doc, [("中国（浙江）自由贸易试验区跨境贸易投资", XBS, 22, False)],
                              align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36))
    add_par(doc, [("高水平开放专项资金管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)

    def article(no, text, items=()):
        head = no + "\u3000"
        add_par(doc, [(head, HT, 16, False), (text, FS, 16, False)])
        for it in items:
            add_par(doc, it)
        clauses.append(head + text + "".join(items))

    chapter("第一章　总　则")
    article("第一条", "为规范和加强中国（浙江）自由贸易试验区跨境贸易投资高水平开放专项资金（以下简称专项资金）管理，提高资金使用效益，根据《中华人民共和国预算法》和省级财政专项资金管理有关规定，结合我省实际，制定本办法。")
    article("第二条", "本办法所称专项资金，是指省级财政预算安排，用于支持中国（浙江）自由贸易试验区（以下简称自贸试验区）舟山、宁波、杭州、金义四个片区及联动创新区开展制度创新、扩大跨境贸易投资、服务共建“一带一路”的资金。")
    article("第三条", "专项资金管理遵循“公开透明、突出重点、注重绩效、强化监督”的原则，实行因素法和项目法相结合的分配方式。")
    chapter("第二章　支持范围和标准")
    article("第四条", "专项资金重点支持以下方向：", [
        "（一）制度创新。对形成全国复制推广制度创新成果的片区，每项给予不超过100万元奖励；形成全省复制推广成果的，每项给予不超过30万元奖励。",
        "（二）大宗商品贸易。支持舟山片区、宁波片区建设油气、铁矿石、粮食等大宗商品资源配置基地，对新引进年贸易额超过50亿元的大宗商品贸易企业，给予不超过200万元一次性奖励。",
        "（三）数字贸易。支持杭州片区建设数字贸易先行示范区，对经认定的数字贸易创新平台，按其实际投资额的20%给予补助，最高不超过300万元。",
        "（四）“一带一路”物流枢纽。支持金义片区依托义新欧中欧班列和义乌国际陆港建设“一带一路”物流枢纽，对新开通的国际货运线路按规定给予运营补助。",
    ])
    article("第五条", "按因素法分配的资金，按照以下因素和权重测算：")
    W = [Cm(1.3), Cm(5.0), Cm(2.2), Cm(6.0)]
    data_table(doc, ["序号", "分配因素", "权重", "数据来源"], [
        ["1", "制度创新成果", "30%", "省商务厅"],
        ["2", "外贸进出口增量", "25%", "杭州海关、宁波海关"],
        ["3", "实际使用外资", "20%", "省商务厅"],
        ["4", "新增经营主体", "15%", "省市场监管局"],
        ["5", "上年度绩效评价结果", "10%", "省财政厅、省商务厅"],
        ["合计", "—", "100%", "—"],
    ], clauses, W)
    chapter("第三章　资金分配和下达")
    article("第六条", "省商务厅负责提出专项资金年度分配方案建议，省财政厅负责审核并下达资金。每年10月31日前，省财政厅按照不低于当年预算的70%提前下达下一年度资金。")
    article("第七条", "按项目法分配的资金，由各片区管委会组织申报，经设区市商务主管部门、财政部门审核后报省商务厅、省财政厅，由省商务厅会同省财政厅组织专家评审确定。各片区管委会应当在收到资金后30日内分解下达，不得截留、挪用。")
    chapter("第四章　绩效管理和监督")
    article("第八条", "省商务厅会同省财政厅对专项资金实施全过程绩效管理，绩效评价结果作为下一年度资金分配的重要依据。")
    article("第九条", "专项资金使用单位有虚报冒领、骗取套取资金等行为的，依照《财政违法行为处罚处分条例》等规定处理。")
    chapter("第五章　附　则")
    article("第十条", "本办法由省商务厅、省财政厅负责解释。")
    article("第十一条", "本办法自2026年6月1日起施行，有效期至2028年12月31日。《中国（浙江）自由贸易试验区专项资金管理办法》（浙商务联发〔2023〕45号）同时废止。")

    banji(doc, "抄送：商务部，财政部，省人民政府办公厅，杭州海关，宁波海关。",
          "浙江省商务厅办公室", "2026年4月29日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅　浙江省财政厅关于印发《中国（浙江）自由贸易试验区跨境贸易投资高水平开放专项资金管理办法》的通知",
            "doc_number": "浙商务联发〔2026〕18号",
            "issuer": ["浙江省商务厅", "浙江省财政厅"],
            "date": "2026-04-28",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-06-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市、县（市、区）商务主管部门、财政局",
                           "中国（浙江）自由贸易试验区各片区管委会"],
            "publicity": "此件公开发布",
            "repeals": "《中国（浙江）自由贸易试验区专项资金管理办法》（浙商务联发〔2023〕45号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hunan(), doc_qinzhou(), doc_zhejiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
