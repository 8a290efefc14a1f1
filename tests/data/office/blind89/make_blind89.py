# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind test round 89: PDFs with pages that hold no text (image-only 附件 page,
seal over 落款, QR code, chart image with caption, blank verso page).
Writes blind89_*.docx, the PDFs LibreOffice makes of them, and expected.json next to itself."""
import copy
import json
import random
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANSB = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HT = "黑体"; KT = "楷体_GB2312"


# ----------------------------------------------------------------- images
def font(path, size):
    return ImageFont.truetype(path, size, index=0)


def img_attachment_form(path):
    """附件 as a scanned-looking form: label, title, a bordered table."""
    W, H = 1654, 2339  # A4 at 200 dpi
    im = Image.new("RGB", (W, H), (250, 250, 246))
    d = ImageDraw.Draw(im)
    d.text((150, 150), "附件", font=font(SANSB, 44), fill=(20, 20, 20))
    t = "厦门市“丝路海运”贸易便利化专项资金申请表"
    f = font(SERIF, 56)
    tw = d.textlength(t, font=f)
    d.text(((W - tw) / 2, 260), t, font=f, fill=(10, 10, 10))
    rows = [("企业名称", ""), ("统一社会信用代码", ""), ("注册地址", ""),
            ("申报类别", "□航线拓展  □集装箱运量  □数字化通关"),
            ("2023年度“丝路海运”航线航次", "            个"),
            ("2023年度进出口集装箱量", "            标箱（同比增长    %）"),
            ("申请金额", "            万元"),
            ("联系人及电话", ""),
            ("企业承诺", "本企业承诺所报材料真实、准确、完整，\n如有虚假，愿承担相应法律责任。\n\n法定代表人（签字）：      （企业盖章）\n            年    月    日"),
            ("区商务主管部门意见", "\n\n                     （盖章）\n            年    月    日")]
    x0, x1, xm = 150, W - 150, 620
    y = 420
    f2 = font(SERIF, 34)
    d.line((x0, y, x1, y), fill=0, width=3)
    for k, v in rows:
        h = 110 if "\n" not in v else 70 + 52 * v.count("\n") + 40
        d.text((x0 + 20, y + 30), k, font=f2, fill=(0, 0, 0))
        d.multiline_text((xm + 20, y + 30), v, font=f2, fill=(0, 0, 0), spacing=14)
        y += h
        d.line((x0, y, x1, y), fill=0, width=3)
    d.line((x0, 420, x0, y), fill=0, width=3); d.line((x1, 420, x1, y), fill=0, width=3); d.line((xm, 420, xm, y), fill=0, width=3)
    d.text((x0, y + 30), "注：本表一式两份，随纸质申报材料报送所在区商务主管部门。", font=font(SERIF, 30), fill=(0, 0, 0))
    # slight scan noise
    rnd = random.Random(89)
    for _ in range(3000):
        px, py = rnd.randrange(W), rnd.randrange(H)
        d.point((px, py), fill=(200, 200, 195))
    im = im.rotate(0.4, fillcolor=(250, 250, 246))
    im.save(path)


def img_seal(path, name):
    S = 600
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (225, 20, 30, 215)
    d.ellipse((12, 12, S - 12, S - 12), outline=red, width=18)
    # star
    import math
    cx, cy, R, r = S / 2, S / 2, 95, 38
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = R if i % 2 == 0 else r
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    # ring text
    f = font(SANSB, 62)
    n = len(name)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(name):
        a = start + span * (i + 0.5) / n
        ci = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((8, 0), ch, font=f, fill=red)
        ci = ci.rotate(-math.degrees(a) - 90, expand=True)
        px = cx + 215 * math.cos(a) - ci.width / 2
        py = cy + 215 * math.sin(a) - ci.height / 2
        im.alpha_composite(ci, (int(px), int(py)))
    im.save(path)


def img_qr(path):
    rnd = random.Random(2024)
    N, c = 29, 12
    im = Image.new("RGB", ((N + 8) * c, (N + 8) * c), "white")
    d = ImageDraw.Draw(im)
    m = [[rnd.random() < 0.5 for _ in range(N)] for _ in range(N)]

    def finder(x, y):
        for i in range(7):
            for j in range(7):
                m[y + i][x + j] = i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4)
        for i in range(-1, 8):
            for j in range(-1, 8):
                if 0 <= y + i < N and 0 <= x + j < N and not (0 <= i < 7 and 0 <= j < 7):
                    m[y + i][x + j] = False
    finder(0, 0); finder(N - 7, 0); finder(0, N - 7)
    for i in range(N):
        for j in range(N):
            if m[i][j]:
                d.rectangle(((j + 4) * c, (i + 4) * c, (j + 5) * c - 1, (i + 5) * c - 1), fill="black")
    im.save(path)


def img_chart(path):
    W, H = 1400, 760
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    f = font(SANS, 30); fs = font(SANS, 26)
    d.text((380, 20), "广西自贸试验区对东盟进出口额（亿元）", font=font(SANSB, 36), fill="black")
    years = ["2019", "2020", "2021", "2022", "2023"]
    vals = [812, 936, 1204, 1388, 1576]
    x0, y0, y1 = 150, 660, 120
    d.line((x0, y0, W - 80, y0), fill="black", width=3); d.line((x0, y0, x0, y1), fill="black", width=3)
    for k in range(0, 1801, 300):
        yy = y0 - (y0 - y1) * k / 1800
        d.line((x0 - 8, yy, x0, yy), fill="black", width=2)
        d.text((x0 - 100, yy - 16), str(k), font=fs, fill="black")
    bw = 120
    for i, (yv, v) in enumerate(zip(years, vals)):
        cx = x0 + 140 + i * 230
        top = y0 - (y0 - y1) * v / 1800
        d.rectangle((cx - bw / 2, top, cx + bw / 2, y0), fill=(192, 0, 0))
        d.text((cx - 35, top - 40), str(v), font=fs, fill="black")
        d.text((cx - 40, y0 + 15), yv + "年", font=f, fill="black")
    im.save(path)


# ----------------------------------------------------------------- docx helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", name=FS, size=16, bold=False, align=None, indent=True, color=None, before=0, after=0, exact=28, right_chars=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY; pf.line_spacing = Pt(exact)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_chars:
        pf.right_indent = Pt(size * right_chars)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), name, size, bold, color)
    return p


def heading_para(doc, lead, rest, lead_font=HT):
    """一、标题 in 黑体 followed (optionally) by body text in 仿宋 in the same paragraph."""
    p = para(doc, "")
    set_font(p.add_run(lead), lead_font, 16)
    if rest:
        set_font(p.add_run(rest), FS, 16)
    return p


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    s.footer_distance = Mm(20)
    st = doc.styles["Normal"]
    st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(s)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run(); set_font(r, "宋体", 14)
    for tag, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), tag); r._element.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._element.append(it)
    set_font(fp.add_run(" —"), "宋体", 14)


def red_head(doc, mark, number):
    para(doc, "", exact=28, indent=False, before=0)
    para(doc, mark, name=XBS, size=48 if len(mark) <= 8 else 36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=60, before=40)
    para(doc, "", indent=False)
    para(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = para(doc, "", indent=False, exact=8)
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "E60012")):
        b.set(qn(k), v)
    bdr.append(b); ppr.append(bdr)
    para(doc, "", indent=False)


def title(doc, text):
    for line in text.split("\n"):
        para(doc, line, name=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, "", indent=False)


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE); return p


def banji(doc, cc, printer, date):
    """版记: rules + 抄送 + 印发 line (as a borderless 1-col table like many offices)."""
    para(doc, "", indent=False)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl = t._element
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side, sz in (("top", "12"), ("bottom", "12"), ("insideH", "4")):
        e = OxmlElement(f"w:{side}")
        for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "0"), ("w:color", "000000")):
            e.set(qn(k), v)
        borders.append(e)
    for side in ("left", "right", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); borders.append(e)
    tblPr.append(borders)
    c0 = t.cell(0, 0).paragraphs[0]
    c0.paragraph_format.left_indent = Pt(14)
    set_font(c0.add_run(cc), FS, 14)
    c1 = t.cell(1, 0).paragraphs[0]
    c1.paragraph_format.left_indent = Pt(14)
    set_font(c1.add_run(printer + "\u3000" * 6 + date + "印发"), FS, 14)


def inline_to_anchor(run, x_mm, y_mm, behind=False):
    """Turn the last inline picture in run into a floating picture (wrapNone) positioned relative to its paragraph."""
    drawing = run._element.find(qn("w:drawing"))
    inline = drawing.find(qn("wp:inline"))
    anchor = OxmlElement("wp:anchor")
    for k, v in (("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0"), ("simplePos", "0"),
                 ("relativeHeight", "251659264"), ("behindDoc", "1" if behind else "0"), ("locked", "0"),
                 ("layoutInCell", "1"), ("allowOverlap", "1")):
        anchor.set(k, v)
    sp = OxmlElement("wp:simplePos"); sp.set("x", "0"); sp.set("y", "0"); anchor.append(sp)
    for tag, rel, val in (("wp:positionH", "column", x_mm), ("wp:positionV", "paragraph", y_mm)):
        ph = OxmlElement(tag); ph.set("relativeFrom", rel)
        po = OxmlElement("wp:posOffset"); po.text = str(int(val * 36000)); ph.append(po); anchor.append(ph)
    extent = inline.find(qn("wp:extent")); anchor.append(copy.deepcopy(extent))
    ee = OxmlElement("wp:effectExtent")
    for k in ("l", "t", "r", "b"): ee.set(k, "0")
    anchor.append(ee)
    anchor.append(OxmlElement("wp:wrapNone"))
    for tag in ("wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"):
        e = inline.find(qn(tag))
        if e is not None:
            anchor.append(copy.deepcopy(e))
    drawing.remove(inline); drawing.append(anchor)


def add_table(doc, header, rows, widths_mm, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate([header] + rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.width = Mm(widths_mm[j])
            p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER if i == 0 or j == 0 else WD_ALIGN_PARAGRAPH.LEFT
            set_font(p.add_run(v), HT if i == 0 else FS, size)
    return t


# ----------------------------------------------------------------- (a) Xiamen: image-only 附件 page
A_TITLE = "厦门市商务局关于组织申报2024年度中国（福建）自由贸易试验区厦门片区“丝路海运”贸易便利化专项资金的通知"
A_NUM = "厦商务〔2024〕112号"
A_BODY = [
    ("", "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快建设“丝路海运”港航贸一体化发展平台，根据《厦门市商务发展专项资金管理办法》（厦财企〔2022〕15号），现就组织申报2024年度中国（福建）自由贸易试验区厦门片区“丝路海运”贸易便利化专项资金有关事项通知如下："),
    ("一、", "支持对象"),
    ("", "在厦门市依法注册、具有独立法人资格，2023年度通过“丝路海运”命名航线开展进出口业务的外贸企业、国际货运代理企业和航运企业。"),
    ("二、", "支持内容和标准"),
    ("（一）", "航线拓展。对新开通至“一带一路”共建国家港口的“丝路海运”命名航线，且全年完成航次不少于24个的航运企业，每条航线给予一次性奖励50万元。"),
    ("（二）", "集装箱运量。对经厦门港“丝路海运”航线完成进出口集装箱量同比增长10%以上的企业，按增量部分每标箱给予20元补助，单家企业最高不超过100万元。"),
    ("（三）", "数字化通关。对在厦门片区开展跨境贸易数字化单证试点的企业，按实际投入软件和服务费用的30%给予补助，最高不超过30万元。"),
    ("三、", "申报材料"),
    ("1.", "专项资金申请表（见附件）；"),
    ("2.", "企业营业执照复印件；"),
    ("3.", "2023年度航线运营或集装箱运量证明材料；"),
    ("4.", "其他需要提供的材料。"),
    ("四、", "申报时间和方式"),
    ("", "申报时间为2024年7月1日至7月31日。企业通过厦门市商务局网站“项目申报”栏目在线填报，并将纸质材料一式两份报送所在区商务主管部门，逾期不予受理。"),
    ("五、", "其他事项"),
    ("", "本通知自印发之日起施行，有效期至2024年12月31日。联系人：林晓东，电话：0592-5123456。"),
]
A_ATT = "厦门市“丝路海运”贸易便利化专项资金申请表"


def make_a(imgdir):
    doc = Document(); setup(doc)
    red_head(doc, "厦门市商务局文件", A_NUM)
    title(doc, "厦门市商务局关于组织申报2024年度\n中国（福建）自由贸易试验区厦门片区\n“丝路海运”贸易便利化专项资金的通知")
    para(doc, "各区商务主管部门，中国（福建）自由贸易试验区厦门片区管委会，各有关企业：", indent=False)
    for lead, text in A_BODY:
        if lead in ("一、", "二、", "三、", "四、", "五、"):
            heading_para(doc, lead + text, "")
        elif lead.startswith("（"):
            heading_para(doc, lead + text.split("。")[0] + "。", text.split("。", 1)[1], lead_font=KT)
        else:
            para(doc, lead + text)
    para(doc, "")
    p = para(doc, "附件：" + A_ATT, indent=True)
    para(doc, ""); para(doc, "")
    para(doc, "厦门市商务局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    para(doc, "2024年6月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    para(doc, "（此件主动公开）")
    banji(doc, "抄送：市财政局，厦门海关，厦门港口管理局，中国（福建）自由贸易试验区厦门片区管委会。", "厦门市商务局办公室", "2024年6月19日")
    # 附件: image alone on its own page, no text at all on this page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(10), Mm(10), Mm(10), Mm(10)
    sec.footer_distance = Mm(5)
    sec.footer.is_linked_to_previous = False  # empty footer: no page number on the scanned page
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(0); p.paragraph_format.space_after = Pt(0)
    p.add_run().add_picture(str(imgdir / "a_form.png"), width=Mm(185))
    return doc


# ----------------------------------------------------------------- (b) Guangxi: seal over 落款, QR code, chart with caption
B_TITLE = "广西壮族自治区商务厅关于进一步做好中国（广西）自由贸易试验区服务“一带一路”建设有关工作的通知"
B_NUM = "桂商自贸发〔2024〕9号"
B_INTRO = "2023年，中国（广西）自由贸易试验区对东盟进出口额达1576亿元，同比增长13.5%（见图1），面向东盟的国际陆海贸易新通道门户港作用进一步凸显。为深化面向东盟开放合作，更好服务高质量共建“一带一路”，现就有关工作通知如下："
B_CAPTION = "图1　2019—2023年中国（广西）自由贸易试验区对东盟进出口额"
B_BODY = [
    ("一、", "畅通西部陆海新通道物流", ""),
    ("（一）", "提升海铁联运能力。", "南宁、钦州港片区要加快钦州铁路集装箱中心站扩能改造，2024年底前海铁联运班列开行量力争达到1万列，推动“一单制”多式联运在片区内全面应用。"),
    ("（二）", "拓展跨境陆路运输。", "崇左片区要依托凭祥、友谊关等口岸，常态化开行中越跨境公路、铁路班列，推广“两国一检”“跨境直通”等通关模式。"),
    ("二、", "扩大跨境金融服务", ""),
    ("（一）", "推进人民币跨境使用。", "支持片区内银行为“一带一路”共建国家企业提供人民币跨境结算、融资等服务，鼓励对东盟贸易投资以人民币计价结算。"),
    ("（二）", "创新跨境保险产品。", "鼓励保险机构在自贸试验区开发覆盖陆海新通道运输的货物运输险、出口信用险等产品，对首单创新产品按有关规定给予支持。"),
    ("三、", "加强组织保障", "各片区管委会要于每季度结束后10个工作日内将工作进展情况报送自治区商务厅（自贸试验区工作处）。本通知自2024年5月1日起施行，有效期至2026年4月30日。"),
]


def make_b(imgdir):
    doc = Document(); setup(doc)
    red_head(doc, "广西壮族自治区商务厅文件", B_NUM)
    title(doc, "广西壮族自治区商务厅关于进一步做好\n中国（广西）自由贸易试验区服务\n“一带一路”建设有关工作的通知")
    para(doc, "南宁市、钦州市、崇左市商务局，中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会：", indent=False)
    para(doc, B_INTRO)
    # chart image, centred, then caption line in 楷体
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(str(imgdir / "b_chart.png"), width=Mm(140))
    para(doc, B_CAPTION, name=KT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    for lead, head, text in B_BODY:
        if lead.endswith("、") and not lead.startswith("（"):
            heading_para(doc, lead + head, "")
            if text:
                para(doc, text)
        else:
            heading_para(doc, lead + head, text, lead_font=KT)
    para(doc, ""); para(doc, "")
    para(doc, "广西壮族自治区商务厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=2)
    p = para(doc, "2024年4月25日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    r = p.add_run(); r.add_picture(str(imgdir / "b_seal.png"), width=Mm(42))
    inline_to_anchor(r, x_mm=96, y_mm=-20)
    para(doc, "（此件公开发布）")
    # QR code near the end, with its caption
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.left_indent = Pt(32)
    p.add_run().add_picture(str(imgdir / "b_qr.png"), width=Mm(25))
    para(doc, "扫码查看政策解读", name=KT, size=12, indent=False).paragraph_format.left_indent = Pt(28)
    banji(doc, "抄送：自治区发展改革委、财政厅、交通运输厅，南宁海关，人民银行广西壮族自治区分行。", "广西壮族自治区商务厅办公室", "2024年4月26日")
    return doc


# ----------------------------------------------------------------- (c) Pingxiang: wrapper notice, blank verso page, 办法 with 第X条 and a table
C_NUM = "凭政办发〔2024〕21号"
C_TITLE = "凭祥市人民政府办公室关于印发凭祥市支持中国（广西）自由贸易试验区崇左片区边民互市贸易发展暂行办法的通知"
C_WRAP = "各乡镇人民政府，市直各有关单位，中国（广西）自由贸易试验区崇左片区凭祥管理局：\n《凭祥市支持中国（广西）自由贸易试验区崇左片区边民互市贸易发展暂行办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。"
C_LAW = "凭祥市支持中国（广西）自由贸易试验区崇左片区边民互市贸易发展暂行办法"
C_ARTS = [
    ("第一条", "为推动边民互市贸易转型升级，服务西部陆海新通道和“一带一路”建设，根据《边民互市贸易管理办法》等有关规定，结合本市实际，制定本办法。"),
    ("第二条", "本办法适用于在凭祥市辖区内依法登记的边民互助组、边民合作社以及从事互市商品落地加工的企业。"),
    ("第三条", "对边民合作社年度互市贸易额达到5000万元以上的，给予一次性奖励10万元；达到1亿元以上的，给予一次性奖励20万元。"),
    ("第四条", "对利用进口互市商品在凭祥市开展落地加工的企业，按加工使用互市商品货值的1%给予补助，单家企业每年最高不超过50万元。重点支持品类见附表。"),
    ("第五条", "市商务局会同市财政局负责本办法的组织实施，申报指南另行发布。"),
    ("第六条", "本办法自2024年3月1日起施行，有效期2年。"),
]
C_TAB_H = ["序号", "商品类别", "补助比例"]
C_TAB = [["1", "坚果、干果", "货值的1%"], ["2", "热带水果", "货值的1%"], ["3", "海产品", "货值的0.8%"]]


def make_c():
    doc = Document(); setup(doc)
    red_head(doc, "凭祥市人民政府办公室文件", C_NUM)
    title(doc, "凭祥市人民政府办公室关于印发凭祥市\n支持中国（广西）自由贸易试验区崇左片区\n边民互市贸易发展暂行办法的通知")
    a, b = C_WRAP.split("\n")
    para(doc, a, indent=False); para(doc, b)
    para(doc, "")
    para(doc, "凭祥市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=2)
    para(doc, "2024年2月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    para(doc, "（此件公开发布）")
    # blank verso: the 办法 starts on an odd page (double-sided printing)
    page_break(doc)
    page_break(doc)
    title(doc, "凭祥市支持中国（广西）自由贸易试验区\n崇左片区边民互市贸易发展暂行办法")
    for lab, txt in C_ARTS:
        p = para(doc, "")
        set_font(p.add_run(lab), HT, 16); set_font(p.add_run("\u3000" + txt), FS, 16)
    para(doc, "附表：重点支持落地加工的互市商品品类", indent=False)
    add_table(doc, C_TAB_H, C_TAB, [20, 70, 50])
    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室。", "凭祥市人民政府办公室", "2024年2月21日")
    return doc


# ----------------------------------------------------------------- expected
def rows(h, rs):
    return ["；".join(f"{a}：{b}" for a, b in zip(h, r)) for r in rs]


def expected():
    a_cl = [(l + t) for l, t in A_BODY]
    b_cl = [B_INTRO]
    for lead, head, text in B_BODY:
        if lead.startswith("（"):
            b_cl.append(lead + head + text)
        else:
            b_cl.append(lead + head)
            if text:
                b_cl.append(text)
    return {
        "blind89_xiamen_notice": [{
            "meta": {"title": A_TITLE, "doc_number": A_NUM, "issuer": ["厦门市商务局"], "date": "2024-06-18",
                     "level": "municipal", "region": "福建省厦门市（中国（福建）自由贸易试验区厦门片区）",
                     "effective": "2024-06-19", "expires": "2024-12-31", "attachments": [A_ATT]},
            "clauses": a_cl,
            "_note": "Furniture, not clauses: 发文机关标志 '厦门市商务局文件', 文号 line, red rule, 主送 line, '附件：…' line (belongs in attachments), 落款 issuer+date, '（此件主动公开）', 版记 table (抄送/印发 line), page numbers '— 1 —'. "
                     "The last PDF page (and the last section of the .docx) is the 附件 form as a picture only: no text layer at all. Nothing of it can be a clause; the reader should say (in the report) that page 3 held no text / the attachment 申请表 is an image and was not read — silently dropping it is the finding to look for. "
                     "effective: '自印发之日起施行' and the 印发 line says 2024-06-19 (成文 2024-06-18); either date tolerated. Headings '一、支持对象' may be kept as own clauses or merged as context into the following paragraph; (一)(二)(三) heading runs are in 楷体 and the body in 仿宋 in the same paragraph: they must stay one clause each.",
        }],
        "blind89_guangxi_notice": [{
            "meta": {"title": B_TITLE, "doc_number": B_NUM, "issuer": ["广西壮族自治区商务厅"], "date": "2024-04-25",
                     "level": "provincial", "region": "广西壮族自治区（中国（广西）自由贸易试验区南宁、钦州港、崇左片区）",
                     "effective": "2024-05-01", "expires": "2026-04-30"},
            "clauses": b_cl,
            "_note": "Furniture: 发文机关标志, 文号, 主送, 落款 (issuer + date with a red round seal image floating over them — the date text must still be read as the signed date), '（此件公开发布）', QR code image and its caption '扫码查看政策解读' (tolerated as a separate trailing non-numbered clause at low severity, never glued to 三、), 版记 (抄送 / 印发), page numbers. "
                     "The chart (图1) is a picture; its caption line '图1　2019—2023年…进出口额' is a caption: tolerated as its own clause or dropped, but it must not be glued into the intro paragraph or into 一、. Chart text inside the image is not expected to be read; a report note that the document carries images not read is welcome. "
                     "The seal image contains ring text (not in the text layer).",
        }],
        "blind89_pingxiang_measures": [
            {"meta": {"title": C_TITLE, "doc_number": C_NUM, "issuer": ["凭祥市人民政府办公室"], "date": "2024-02-20",
                      "level": "county", "region": "广西壮族自治区崇左市凭祥市"},
             "clauses": [C_WRAP.split("\n")[1]],
             "_note": "Wrapper (印发) notice. Its single body paragraph is the only clause; 主送 line is furniture."},
            {"meta": {"title": C_LAW, "doc_number": C_NUM, "issuer": ["凭祥市人民政府办公室"], "date": "2024-02-20",
                      "level": "county", "region": "广西壮族自治区崇左市凭祥市（中国（广西）自由贸易试验区崇左片区）",
                      "effective": "2024-03-01", "expires": "2026-02-28"},
             "clauses": [l + "\u3000" + t for l, t in C_ARTS] + rows(C_TAB_H, C_TAB),
             "_note": "The 办法 begins on page 3: page 2 is a blank verso page (only the footer page number '— 2 —', no body text) inserted for double-sided printing; a report note about the empty page is welcome, it must not swallow or split anything. "
                      "'附表：重点支持落地加工的互市商品品类' is a table caption (tolerated as a separate clause or as table context). Table rows as header：value. 版记 is furniture. "
                      "expires: '有效期2年' from 2024-03-01 → 2026-02-28 (2026-03-01 tolerated). A single document (办法 titled, wrapper=notice) is tolerated instead of two documents, as long as the wrapper paragraph is not mixed into 第一条."},
        ],
    }


def to_pdf(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    imgdir = HERE / "img"; imgdir.mkdir(exist_ok=True)
    img_attachment_form(imgdir / "a_form.png")
    img_seal(imgdir / "b_seal.png", "广西壮族自治区商务厅")
    img_qr(imgdir / "b_qr.png")
    img_chart(imgdir / "b_chart.png")
    for stem, mk in (("blind89_xiamen_notice", lambda: make_a(imgdir)),
                     ("blind89_guangxi_notice", lambda: make_b(imgdir)),
                     ("blind89_pingxiang_measures", make_c)):
        p = HERE / f"{stem}.docx"
        mk().save(p)
        to_pdf(p)
    (HERE / "expected.json").write_text(json.dumps(expected(), ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
