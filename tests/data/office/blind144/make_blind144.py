# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420
"""Blind round 144: PDFs whose text layer is not what the eye reads.

Written directly with reportlab (no Word file, no LibreOffice); fontTools turns the
Noto CJK (CFF) faces into small embedded TrueType subsets and gives the glyph outlines
for the title drawn as curves; pypdf writes the document properties and the AcroForm.

Writes next to itself:
  blind144_fujian_scrambled.pdf  福建省商务厅 福建省财政厅 joint 通知 (3 pages). Every line
      stands where the eye expects it, but the content streams draw the blocks out of
      order: on page 3 the 版记 first, then the 落款, then the body paragraphs shuffled;
      on page 1 the page number, the body, 主送, the title (last line first), 文号, and
      the red 版头 last; some paragraphs bottom line first; and all 楷体 run-in headings
      and 黑体 headings of a page drawn in later passes, apart from the text they open.
      Its Info /Title is a virtual-printer "Microsoft Word - ….docx" string.
  blind144_wuhan_outlined.pdf  武汉片区管委会 申报通知 (3 pages). The red 版头 is a picture
      (PNG), the title is drawn as filled vector outlines (no text); the title exists as
      text only in the Info dictionary (/Title, with /Subject = 文号, /Author,
      /CreationDate = the 印发 day, not the 成文日期). A red seal picture over the 落款.
  blind144_wuhan_form.pdf  the 申报表 (附件1 of the notice above) filled in by a company
      (2 pages): the page text holds only printed labels, table rules and 填表说明; every
      filled value (申报单位, 项目名称, 金额, dates, opinions) is an AcroForm field
      (/V + appearance stream), check boxes included; one field is hidden, some are empty.
      Its Info /Title is the template's name.
  expected.json

Run:  . /work/venv/bin/activate && pip install fonttools && python make_blind144.py
"""
import json
import math
import os
import random
import tempfile
from collections import OrderedDict

from fontTools import subset
from fontTools.pens.basePen import BasePen
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO = "/usr/share/fonts/opentype/noto/"
SERIF_R = NOTO + "NotoSerifCJK-Regular.ttc"
SERIF_B = NOTO + "NotoSerifCJK-Bold.ttc"
SANS_R = NOTO + "NotoSansCJK-Regular.ttc"
SANS_B = NOTO + "NotoSansCJK-Bold.ttc"
SC = 2  # index of the SC face in the Noto CJK collections

MM = 72 / 25.4
PW, PH = A4
LEFT = 28 * MM
WIDTH = 156 * MM
TOP = 37 * MM
BOTTOM = (297 - 35) * MM          # bottom of the 版心, measured from the top
PITCH = 225 * MM / 22             # 22 lines a page
RED = Color(0xE6 / 255, 0, 0x12 / 255)
BLACK = Color(0, 0, 0)

# font key -> (collection, PostScript name written into the PDF)
FONTS = {
    "FS": (SERIF_R, "FangSong_GB2312"),
    "KT": (SANS_R, "KaiTi_GB2312"),
    "HT": (SANS_B, "SimHei"),
    "XBZ": (SERIF_B, "FZXiaoBiaoSong-B05S"),
    "ST": (SERIF_R, "SimSun"),
}
CLOSE_PUNCT = "，。、；：？！）》”’〕】…—%"
OPEN_PUNCT = "（《“‘〔【"


# ---------------------------------------------------------------- fonts
def cff_to_ttf(ttc, chars, out, psname):
    f = TTCollection(ttc).fonts[SC]
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.desubroutinize = True
    s = subset.Subsetter(opts)
    s.populate(text=chars)
    s.subset(f)
    order = f.getGlyphOrder()
    gs = f.getGlyphSet()
    glyphs = {}
    for g in order:
        tp = TTGlyphPen(gs)
        gs[g].draw(Cu2QuPen(tp, 1.0, reverse_direction=True))
        glyphs[g] = tp.glyph()
    f["loca"] = newTable("loca")
    glyf = f["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del f["CFF "]
    for t in ("VORG", "BASE", "GSUB", "GPOS", "GDEF"):
        if t in f:
            del f[t]
    maxp = f["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for a in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, a, 0)
    maxp.maxZones = 1
    f["post"].formatType = 3.0
    f["head"].glyphDataFormat = 0
    f.sfntVersion = "\x00\x01\x00\x00"
    for rec in f["name"].names:
        if rec.nameID in (1, 4, 16):
            rec.string = psname
        if rec.nameID == 6:
            rec.string = psname
    f.save(out)


def register_fonts(tmp):
    with open(os.path.abspath(__file__), encoding="utf-8") as fh:
        chars = set(fh.read())
    chars |= {chr(c) for c in range(0x20, 0x7F)}
    chars = "".join(sorted(c for c in chars if ord(c) >= 0x20))
    for key, (ttc, ps) in FONTS.items():
        out = os.path.join(tmp, key + ".ttf")
        cff_to_ttf(ttc, chars, out, ps)
        pdfmetrics.registerFont(TTFont(key, out))


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


# ---------------------------------------------------------------- outlines
class RLPen(BasePen):
    def __init__(self, glyphset, path, dx, dy, scale):
        super().__init__(glyphset)
        self.path, self.dx, self.dy, self.s = path, dx, dy, scale

    def t(self, p):
        return self.dx + p[0] * self.s, self.dy + p[1] * self.s

    def _moveTo(self, p): self.path.moveTo(*self.t(p))
    def _lineTo(self, p): self.path.lineTo(*self.t(p))
    def _curveToOne(self, a, b, c): self.path.curveTo(*self.t(a), *self.t(b), *self.t(c))
    def _closePath(self): self.path.close()


_OUTLINE_FONT = {}


def outline_font(ttc):
    if ttc not in _OUTLINE_FONT:
        f = TTCollection(ttc).fonts[SC]
        _OUTLINE_FONT[ttc] = (f, f.getGlyphSet(), f.getBestCmap(), f["hmtx"], f["head"].unitsPerEm)
    return _OUTLINE_FONT[ttc]


def outline_width(text, ttc, size):
    f, gs, cmap, hmtx, upm = outline_font(ttc)
    return sum(hmtx[cmap[ord(ch)]][0] for ch in text) * size / upm


def draw_outline_text(c, text, ttc, size, x, y, color):
    """Draw text as one filled path of glyph outlines (no text object at all)."""
    f, gs, cmap, hmtx, upm = outline_font(ttc)
    s = size / upm
    p = c.beginPath()
    for ch in text:
        g = cmap[ord(ch)]
        gs[g].draw(RLPen(gs, p, x, y, s))
        x += hmtx[g][0] * s
    c.setFillColor(color)
    c.drawPath(p, stroke=0, fill=1)


# ---------------------------------------------------------------- pictures
def pil_font(path, px):
    return ImageFont.truetype(path, px, index=SC)


def bantou_png(lines, height_mm, max_w_mm, dpi=300):
    """Red 发文机关标志 as a picture, lines centred, condensed to max width."""
    px = int(height_mm / 25.4 * dpi)
    f = pil_font(SERIF_B, px)
    ims = []
    for ln in lines:
        bbox = f.getbbox(ln)
        im = Image.new("RGBA", (bbox[2] + 10, int(px * 1.15)), (255, 255, 255, 0))
        ImageDraw.Draw(im).text((5 - bbox[0], int(px * 0.05) - bbox[1] + 4), ln, font=f, fill=(230, 0, 18, 255))
        ims.append(im)
    maxw = int(max_w_mm / 25.4 * dpi)
    widest = max(i.width for i in ims)
    scale = min(1.0, maxw / widest)
    ims = [i.resize((max(1, int(i.width * scale)), i.height), Image.LANCZOS) for i in ims]
    W = max(i.width for i in ims)
    gap = int(px * 0.25)
    H = sum(i.height for i in ims) + gap * (len(ims) - 1)
    out = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    y = 0
    for i in ims:
        out.alpha_composite(i, ((W - i.width) // 2, y))
        y += i.height + gap
    return out, W / dpi * 25.4, H / dpi * 25.4


def seal_png(text, star_text="", d_mm=42, dpi=300):
    D = int(d_mm / 25.4 * dpi)
    im = Image.new("RGBA", (D, D), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    red = (225, 20, 30, 210)
    w = int(D * 0.035)
    dr.ellipse((w, w, D - w, D - w), outline=red, width=w)
    # star
    cx, cy, R = D / 2, D / 2, D * 0.16
    pts = []
    for k in range(10):
        r = R if k % 2 == 0 else R * 0.4
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    dr.polygon(pts, fill=red)
    # text round the arc
    n = len(text)
    span = 250
    fpx = int(min(D * 0.095, 0.8 * (D / 2 - 2 * w - D * 0.06) * math.radians(span) / n))
    f = pil_font(SANS_B, fpx)
    for k, ch in enumerate(text):
        ang = -90 - span / 2 + span * (k + 0.5) / n  # degrees, -215..35
        a = math.radians(ang)
        rr = D / 2 - w * 2 - fpx * 0.62
        x = cx + rr * math.cos(a)
        y = cy + rr * math.sin(a)
        g = Image.new("RGBA", (fpx * 2, fpx * 2), (255, 255, 255, 0))
        ImageDraw.Draw(g).text((fpx * 0.5, fpx * 0.35), ch, font=f, fill=red)
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - fpx), int(y - fpx)))
    if star_text:
        f2 = pil_font(SANS_B, int(D * 0.07))
        bb = f2.getbbox(star_text)
        dr.text((cx - (bb[2] - bb[0]) / 2, cy + R * 1.15), star_text, font=f2, fill=red)
    return im


# ---------------------------------------------------------------- layout
class Flow:
    """Lays 公文 text out on A4 pages; produces drawing items, grouped in blocks."""

    def __init__(self):
        self.pages = [[]]
        self.y = TOP + 21

    @property
    def page(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append([])
        self.y = TOP + 21

    def add(self, **it):
        it.setdefault("color", BLACK)
        self.page.append(it)

    def text(self, block, x, yt, s, font, size, color=BLACK, cs=0.0, charwise=False):
        self.add(kind="text", block=block, x=x, yt=yt, text=s, font=font, size=size, color=color, cs=cs, charwise=charwise)

    def rule(self, block, x1, yt, x2, width=1.0, color=BLACK):
        self.add(kind="line", block=block, x1=x1, y1=yt, x2=x2, y2=yt, width=width, color=color)

    @staticmethod
    def wrap(chars, size, first_avail, avail):
        """Greedy CJK line breaking: ASCII runs (numbers, codes) are not split,
        closing punctuation hangs at the line end, opening punctuation never ends a line."""
        units = []
        for ch, font in chars:
            if units and ch.isascii() and ch not in " " and units[-1][-1][0].isascii() and units[-1][-1][0] not in " ":
                units[-1].append((ch, font))
            else:
                units.append([(ch, font)])
        lines, cur, w = [], [], 0.0
        lim = first_avail
        i = 0
        while i < len(units):
            u = units[i]
            uw = sum(sw(c, f, size) for c, f in u)
            if cur and w + uw > lim + 0.01:
                if len(u) == 1 and u[0][0] in CLOSE_PUNCT:  # hang closing punctuation
                    while i < len(units) and len(units[i]) == 1 and units[i][0][0] in CLOSE_PUNCT:
                        cur.extend(units[i]); i += 1
                    lines.append(cur); cur, w, lim = [], 0.0, avail
                    continue
                carry = []
                while cur and cur[-1][0] in OPEN_PUNCT:
                    carry.insert(0, cur.pop())
                lines.append(cur)
                cur = carry
                w = sum(sw(c, f, size) for c, f in cur)
                lim = avail
                continue
            cur.extend(u); w += uw; i += 1
        if cur:
            lines.append(cur)
        return lines

    def para(self, block, runs, size=16, indent=2, hang=0, justify=True, x0=None, width=None, pitch=PITCH, color=BLACK):
        x0 = LEFT if x0 is None else x0
        width = WIDTH if width is None else width
        chars = [(ch, f) for txt, f in runs for ch in txt]
        first = width - indent * size
        rest = width - hang * size
        lines = self.wrap(chars, size, first, rest)
        for li, line in enumerate(lines):
            if self.y > BOTTOM:
                self.new_page()
            x = x0 + (indent * size if li == 0 else hang * size)
            avail = first if li == 0 else rest
            w = sum(sw(c, f, size) for c, f in line)
            cs = 0.0
            if justify and li < len(lines) - 1 and len(line) > 1:
                cs = (avail - w) / (len(line) - 1)
                if cs > 2.5:   # a line ending in a long number: leave it ragged
                    cs = 0.0
            # split into same-font segments
            segs = []
            for ch, f in line:
                if segs and segs[-1][1] == f:
                    segs[-1][0] += ch
                else:
                    segs.append([ch, f])
            for s, f in segs:
                self.text(block, x, self.y, s, f, size, color=color, cs=cs)
                x += sw(s, f, size) + cs * len(s)
            self.y += pitch
        return len(lines)


def page_numbers(flow, size=14):
    for i, items in enumerate(flow.pages):
        n = i + 1
        s = "— %d —" % n
        w = sw(s, "ST", size)
        yt = (297 - 35 + 7) * MM + size * 0.8
        x = LEFT + WIDTH - size - w if n % 2 else LEFT + size
        items.append(dict(kind="text", block="pageno", x=x, yt=yt, text=s, font="ST", size=size, color=BLACK, cs=0.0, charwise=False))


def banji(flow, cc_text, org, date_text, size=14):
    """版记 at the foot of the last page: rules, 抄送, 印发."""
    pitch = size * 1.6
    cc_lines = flow.wrap([(ch, "FS") for ch in cc_text], size, WIDTH - size, WIDTH - size - 3 * size)
    n = len(cc_lines) + 1
    top = BOTTOM - n * pitch - 6
    if flow.y - PITCH * 0.6 > top:
        flow.new_page()
    flow.rule("banji", LEFT, top, LEFT + WIDTH, 1.0)
    y = top + pitch - 4
    for k, ln in enumerate(cc_lines):
        x = LEFT + size + (0 if k == 0 else 3 * size)
        flow.text("banji", x, y, "".join(c for c, _ in ln), "FS", size)
        y += pitch
    flow.rule("banji", LEFT, y - pitch + 8, LEFT + WIDTH, 0.5)
    flow.text("banji", LEFT + size, y, org, "FS", size)
    w = sw(date_text, "FS", size)
    flow.text("banji", LEFT + WIDTH - size - w, y, date_text, "FS", size)
    flow.rule("banji", LEFT, y + 8, LEFT + WIDTH, 1.0)


# ---------------------------------------------------------------- rendering
def draw_item(c, it):
    k = it["kind"]
    if k == "text":
        c.setFillColor(it["color"])
        y = PH - it["yt"]
        if it.get("charwise"):
            x = it["x"]
            for ch in it["text"]:
                t = c.beginText(x, y)
                t.setFont(it["font"], it["size"])
                t.setCharSpace(0)
                t.textOut(ch)
                c.drawText(t)
                x += sw(ch, it["font"], it["size"]) + it["cs"]
        else:
            t = c.beginText(it["x"], y)
            t.setFont(it["font"], it["size"])
            t.setCharSpace(it["cs"])  # Tc persists across BT/ET: always set it
            t.textOut(it["text"])
            c.drawText(t)
    elif k == "line":
        c.setStrokeColor(it["color"])
        c.setLineWidth(it["width"])
        c.line(it["x1"], PH - it["y1"], it["x2"], PH - it["y2"])
    elif k == "image":
        c.drawImage(ImageReader(it["img"]), it["x"], PH - it["yt"] - it["h"], it["w"], it["h"], mask="auto")
    elif k == "outline":
        draw_outline_text(c, it["text"], it["ttc"], it["size"], it["x"], PH - it["yt"], it["color"])
    elif k == "rect":
        c.setStrokeColor(it["color"])
        c.setLineWidth(it["width"])
        c.rect(it["x"], PH - it["yt"] - it["h"], it["w"], it["h"], stroke=1, fill=0)


def render(path, pages, order=None):
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    for pi, items in enumerate(pages):
        seq = order(pi, items, len(pages)) if order else items
        for it in seq:
            draw_item(c, it)
        c.showPage()
    c.save()


def scrambled_order(pi, items, npages):
    """Blocks drawn out of reading order, the way some print drivers write them."""
    rng = random.Random(14400 + pi)
    blocks = OrderedDict()
    for it in items:
        blocks.setdefault(it["block"], []).append(it)
    ids = list(blocks)
    fixed = {"bantou", "wenhao", "redrule", "title", "zhusong", "pageno", "banji", "luokuan", "gongkai"}
    body = [b for b in ids if b not in fixed]
    rng.shuffle(body)
    have = lambda *bs: [b for b in bs if b in blocks]
    if pi == npages - 1:
        seq = have("banji", "gongkai", "luokuan") + body + have("pageno")
    elif pi == 0:
        seq = have("pageno") + body + have("zhusong", "title", "wenhao", "bantou", "redrule")
    else:
        seq = body + have("pageno")
    seq += [b for b in ids if b not in seq]  # fixed blocks that fell on another page
    ordered = []
    for b in seq:
        its = list(blocks[b])
        if b == "title" or (b in body and rng.random() < 0.5):
            # lines bottom first (a line's segments keep their order)
            lines = OrderedDict()
            for it in its:
                lines.setdefault(it.get("yt", 0), []).append(it)
            its = [x for yt in reversed(list(lines)) for x in lines[yt]]
        ordered.extend(its)
    # font passes: 楷体 run-in headings and 黑体 headings after everything else
    p1 = [it for it in ordered if it.get("font") not in ("KT", "HT")]
    p2 = [it for it in ordered if it.get("font") == "KT"]
    p3 = [it for it in ordered if it.get("font") == "HT"]
    return p1 + p2 + p3


def set_info(path, info):
    r = PdfReader(path)
    w = PdfWriter(clone_from=r)
    w.metadata = None
    w.add_metadata(info)
    with open(path, "wb") as fh:
        w.write(fh)


# ================================================================ (a) 福建 scrambled
FJ = {
    "wenhao": "闽商务自贸〔2024〕17号",
    "title_lines": ["福建省商务厅　福建省财政厅", "关于支持中国（福建）自由贸易试验区提升", "“丝路海运”服务能力的通知"],
    "zhusong": "福州、厦门市商务局、财政局，平潭综合实验区经济发展局、财政金融局，自贸试验区各片区管委会：",
    "body": [
        ("p", [("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快建设21世纪海上丝绸之路核心区，根据《中国（福建）自由贸易试验区提升战略实施方案》，经省政府同意，现就支持自贸试验区提升“丝路海运”服务能力有关事项通知如下：", "FS")]),
        ("h", [("一、支持航线拓展和港航业务创新", "HT")]),
        ("p", [("（一）新开国际集装箱航线奖励。", "KT"), ("对自贸试验区内港区新开通至共建“一带一路”国家港口并冠名“丝路海运”的国际集装箱航线，年度航次不少于26个的，每条航线给予航运企业一次性奖励80万元；年度航次不少于52个的，奖励提高至150万元。", "FS")]),
        ("p", [("（二）内外贸同船运输试点。", "KT"), ("支持福州片区在江阴港区开展内外贸集装箱同船运输试点，对试点企业按每标准箱30元给予补助，单个企业年度补助最高不超过200万元。", "FS")]),
        ("p", [("（三）国际中转集拼业务。", "KT"), ("支持厦门片区在海沧港区建设国际中转集拼中心，对开展国际中转集拼业务的企业按每标准箱50元给予补助，力争2024年厦门港国际中转箱量达到120万标准箱。", "FS")]),
        ("h", [("二、提升通关和物流服务效率", "HT")]),
        ("p", [("（一）推广“丝路海运”信息平台。", "KT"), ("2024年12月31日前，实现“丝路海运”航线船舶、集装箱、货物信息在平台上全程可视，平台注册企业达到400家以上。", "FS")]),
        ("p", [("（二）提升通关便利化水平。", "KT"), ("会同福州海关、厦门海关在自贸试验区各港区推广“船边直提”“抵港直装”模式，力争2024年进出口集装箱整体通关时间较2023年压缩10%以上。", "FS")]),
        ("p", [("（三）发展对台海运快件。", "KT"), ("支持平潭片区发展对台海运快件业务，对经平潭金井码头进出的对台海运快件，按每票0.5元给予物流企业补助，年度补助总额不超过300万元。", "FS")]),
        ("h", [("三、强化资金保障", "HT")]),
        ("p", [("（一）资金来源。", "KT"), ("本通知所需资金从省级商务发展专项资金中安排，2024年安排总额不超过6000万元，其中省级财政承担60%，福州市、厦门市和平潭综合实验区财政承担40%。", "FS")]),
        ("p", [("（二）申报兑现。", "KT"), ("奖励和补助实行“年度申报、次年兑现”，按以下程序办理：", "FS")]),
        ("p", [("1.企业于每年1月31日前向所在片区管委会提出申请，并提交航线航次、集装箱量等证明材料；", "FS")]),
        ("p", [("2.片区管委会会同同级商务、财政部门于2月28日前完成审核，并在片区门户网站公示5个工作日；", "FS")]),
        ("p", [("3.省商务厅、省财政厅于4月30日前完成复核并下达资金。", "FS")]),
        ("h", [("四、其他事项", "HT")]),
        ("p", [("本通知自2024年5月1日起施行，有效期至2026年12月31日。执行期间国家出台相关政策的，按国家政策执行。本通知由省商务厅、省财政厅按职责分工负责解释。", "FS")]),
        ("p", [("联系人：省商务厅自贸区综合处　林晓燕，0591-87851234；省财政厅经济建设处　陈建华，0591-87096543。", "FS")]),
    ],
    "luokuan": ["福建省商务厅", "福建省财政厅"],
    "date": "2024年4月18日",
    "gongkai": "（此件主动公开）",
    "cc": "抄送：商务部自贸区港司，财政部福建监管局，省发展改革委、交通运输厅，福州海关、厦门海关。",
    "yinfa_org": "福建省商务厅办公室",
    "yinfa_date": "2024年4月22日印发",
}


def make_fujian(path):
    fl = Flow()
    # joint red 版头: two organ names stacked, 文件 to the right
    size = 36
    y1, y2 = 56 * MM, 56 * MM + size * 1.25
    names = ["福建省商务厅", "福建省财政厅"]
    wn = max(sw(n, "XBZ", size) for n in names)
    wf = sw("文件", "XBZ", size * 1.1)
    x0 = LEFT + (WIDTH - (wn + 0.6 * size + wf)) / 2
    fl.text("bantou", x0, y1, names[0], "XBZ", size, color=RED)
    fl.text("bantou", x0, y2, names[1], "XBZ", size, color=RED)
    fl.text("bantou", x0 + wn + 0.6 * size, (y1 + y2) / 2 + size * 0.05, "文件", "XBZ", size * 1.1, color=RED)
    yw = y2 + 1.6 * PITCH
    fl.text("wenhao", LEFT + (WIDTH - sw(FJ["wenhao"], "FS", 16)) / 2, yw, FJ["wenhao"], "FS", 16)
    fl.rule("redrule", LEFT, yw + 4 * MM + 2, LEFT + WIDTH, 1.5, color=RED)
    yt = yw + 4 * MM + 2 * PITCH
    for ln in FJ["title_lines"]:
        fl.add(kind="text", block="title", x=LEFT + (WIDTH - sw(ln, "XBZ", 22)) / 2, yt=yt, text=ln, font="XBZ", size=22, cs=0.0, charwise=True)
        yt += 22 * 1.45
    fl.y = yt + PITCH * 0.9
    fl.para("zhusong", [(FJ["zhusong"], "FS")], indent=0)
    for k, (kind, runs) in enumerate(FJ["body"]):
        fl.para("b%02d" % k, runs, indent=2, justify=(kind == "p"))
    # 落款: two organs side by side, date under, 此件主动公开
    if fl.y + 3 * PITCH > BOTTOM - 3 * 14 * 1.6 - 6:
        fl.new_page()
    a, b = FJ["luokuan"]
    fl.text("luokuan", LEFT + 2 * 16, fl.y + PITCH, a, "FS", 16)
    fl.text("luokuan", LEFT + WIDTH - 4 * 16 - sw(b, "FS", 16), fl.y + PITCH, b, "FS", 16)
    fl.text("luokuan", LEFT + WIDTH - 4 * 16 - sw(FJ["date"], "FS", 16), fl.y + 2 * PITCH, FJ["date"], "FS", 16)
    fl.text("gongkai", LEFT + 2 * 16, fl.y + 3 * PITCH, FJ["gongkai"], "FS", 16)
    fl.y += 4 * PITCH
    banji(fl, FJ["cc"], FJ["yinfa_org"], FJ["yinfa_date"])
    page_numbers(fl)
    render(path, fl.pages, order=scrambled_order)
    set_info(path, {
        "/Title": "Microsoft Word - 17号文（丝路海运）定稿.docx",
        "/Author": "lxy",
        "/Creator": "PScript5.dll Version 5.2.2",
        "/Producer": "PDF printer driver (written with ReportLab)",
        "/CreationDate": "D:20240422161408+08'00'",
        "/ModDate": "D:20240422161408+08'00'",
    })
    return len(fl.pages)


# ================================================================ (b) 武汉 outlined title
WH = {
    "bantou": ["中国（湖北）自由贸易试验区", "武汉片区管理委员会文件"],
    "wenhao": "武自贸管发〔2024〕21号",
    "title": "中国（湖北）自由贸易试验区武汉片区管理委员会关于开展2024年度“一带一路”跨境电商海外仓项目申报工作的通知",
    "title_lines": ["中国（湖北）自由贸易试验区武汉片区", "管理委员会关于开展2024年度“一带一路”", "跨境电商海外仓项目申报工作的通知"],
    "zhusong": "片区各部门、各功能区管理办公室，各有关企业：",
    "body": [
        ("p", [("为贯彻落实《中国（湖北）自由贸易试验区总体方案》和《湖北省推进跨境电商高质量发展三年行动方案（2023—2025年）》，支持片区企业在共建“一带一路”国家布局海外仓、拓展跨境电商出口渠道，根据《中国（湖北）自由贸易试验区武汉片区产业发展专项资金管理办法》（武自贸管发〔2023〕6号），现就开展2024年度跨境电商海外仓项目申报工作通知如下。", "FS")]),
        ("h", [("一、支持对象", "HT")]),
        ("p", [("（一）在片区内依法注册、具有独立法人资格、信用状况良好的跨境电商企业、外贸综合服务企业和跨境物流企业。", "FS")]),
        ("p", [("（二）申报项目应为2023年1月1日至2024年6月30日期间在共建“一带一路”国家新建、扩建或完成数字化改造的海外仓，单个海外仓仓储面积不低于3000平方米。", "FS")]),
        ("h", [("二、支持标准", "HT")]),
        ("p", [("按项目类别分别给予补助或奖励，具体标准如下：", "FS")]),
        ("table", None),
        ("p", [("同一企业年度获得本项支持总额不超过400万元；已获得省级、市级同类资金支持的项目，按“就高不重复”原则执行。", "FS")]),
        ("h", [("三、申报材料", "HT")]),
        ("p", [("（一）项目申报表（附件1）和信用承诺书（附件2）；", "FS")]),
        ("p", [("（二）营业执照复印件，海外仓产权证明或剩余期限不少于3年的租赁合同；", "FS")]),
        ("p", [("（三）会计师事务所出具的项目投资专项审计报告及支付凭证。", "FS")]),
        ("h", [("四、申报程序", "HT")]),
        ("p", [("（一）网上申报。", "KT"), ("企业于2024年8月1日至8月31日登录“武汉片区政务服务平台”在线填报，并将纸质材料一式三份报送片区管委会经济发展局。", "FS")]),
        ("p", [("（二）审核公示。", "KT"), ("片区管委会经济发展局会同财政金融局组织第三方机构评审，评审结果在片区门户网站公示7天，公示无异议后拨付资金。", "FS")]),
        ("p", [("联系人：片区管委会经济发展局　郑凯，027-67880213；财政金融局　黄丽，027-67880347。", "FS")]),
    ],
    "table_head": ["项目类别", "支持方式", "单个项目最高金额（万元）"],
    "table_rows": [
        ["新建或扩建海外仓", "按实际投资额的10%给予补助", "300"],
        ["海外仓数字化改造", "按软硬件投入的20%给予补助", "100"],
        ["海外仓公共服务平台", "按服务片区企业数量给予奖励，每家企业2万元", "150"],
    ],
    "fujian": ["1.2024年度中国（湖北）自由贸易试验区武汉片区“一带一路”跨境电商海外仓项目申报表", "2.信用承诺书"],
    "luokuan": "中国（湖北）自由贸易试验区武汉片区管理委员会",
    "date": "2024年7月3日",
    "gongkai": "（此件公开发布）",
    "cc": "抄送：湖北省商务厅，武汉市商务局、财政局，东湖新技术开发区管委会。",
    "yinfa_org": "武汉片区管委会办公室",
    "yinfa_date": "2024年7月5日印发",
}


def table(fl, block, head, rows, colw_mm, size=14, font="FS", head_font="HT"):
    colw = [w * MM for w in colw_mm]
    pad = 2 * MM
    lead = size * 1.35

    def row_lines(cells, f):
        return [Flow.wrap([(ch, f) for ch in cell], size, w - 2 * pad, w - 2 * pad) or [[]] for cell, w in zip(cells, colw)]

    all_rows = [(head, head_font)] + [(r, font) for r in rows]
    top = fl.y - 21 + 4
    for ri, (cells, f) in enumerate(all_rows):
        wrapped = row_lines(cells, f)
        nl = max(len(w) for w in wrapped)
        h = nl * lead + 2 * pad + 2
        if top + h > BOTTOM:
            fl.new_page(); top = fl.y - 21 + 4
        b = "%s_r%d" % (block, ri)
        fl.rule(b, LEFT, top, LEFT + WIDTH, 0.75)
        x = LEFT
        for w, lines in zip(colw, wrapped):
            fl.add(kind="line", block=b, x1=x, y1=top, x2=x, y2=top + h, width=0.75)
            yy = top + pad + size * 0.95 + (h - 2 * pad - len(lines) * lead) / 2
            for ln in lines:
                s = "".join(ch for ch, _ in ln)
                fl.text(b, x + (w - sw(s, f, size)) / 2, yy, s, f, size)
                yy += lead
            x += w
        fl.add(kind="line", block=b, x1=x, y1=top, x2=x, y2=top + h, width=0.75)
        top += h
    fl.rule(block + "_end", LEFT, top, LEFT + WIDTH, 0.75)
    fl.y = top + 21 + 6


def make_wuhan_notice(path):
    fl = Flow()
    img, wmm, hmm = bantou_png(WH["bantou"], 13, 150)
    fl.add(kind="image", block="bantou", img=img, x=LEFT + (WIDTH - wmm * MM) / 2, yt=50 * MM, w=wmm * MM, h=hmm * MM)
    yw = 50 * MM + hmm * MM + 1.6 * PITCH
    fl.text("wenhao", LEFT + (WIDTH - sw(WH["wenhao"], "FS", 16)) / 2, yw, WH["wenhao"], "FS", 16)
    fl.rule("redrule", LEFT, yw + 4 * MM + 2, LEFT + WIDTH, 1.5, color=RED)
    yt = yw + 4 * MM + 2 * PITCH
    for ln in WH["title_lines"]:
        w = outline_width(ln, SERIF_B, 22)
        fl.add(kind="outline", block="title", text=ln, ttc=SERIF_B, size=22, x=LEFT + (WIDTH - w) / 2, yt=yt)
        yt += 22 * 1.45
    fl.y = yt + PITCH * 0.9
    fl.para("zhusong", [(WH["zhusong"], "FS")], indent=0)
    for k, (kind, runs) in enumerate(WH["body"]):
        if kind == "table":
            table(fl, "tbl", WH["table_head"], WH["table_rows"], [48, 74, 34])
        else:
            fl.para("b%02d" % k, runs, indent=2, justify=(kind == "p"))
    # 附件说明
    fl.y += PITCH
    fl.para("fujian", [("附件：" + WH["fujian"][0], "FS")], indent=2, hang=5)
    fl.para("fujian2", [(WH["fujian"][1], "FS")], indent=5)
    fl.y += PITCH * 1.5
    if fl.y + 3 * PITCH > BOTTOM - 3 * PITCH:
        fl.new_page()
    lk = WH["luokuan"]
    xl = LEFT + WIDTH - 2 * 16 - sw(lk, "FS", 16)
    fl.text("luokuan", xl, fl.y + PITCH, lk, "FS", 16)
    xd = LEFT + WIDTH - 4 * 16 - sw(WH["date"], "FS", 16)
    fl.text("luokuan", xd, fl.y + 2 * PITCH, WH["date"], "FS", 16)
    seal = seal_png("中国（湖北）自由贸易试验区武汉片区管理委员会")
    d = 42 * MM
    fl.add(kind="image", block="seal", img=seal, x=xd + sw(WH["date"], "FS", 16) / 2 - d / 2, yt=fl.y + 1.6 * PITCH - d / 2, w=d, h=d)
    fl.text("gongkai", LEFT + 2 * 16, fl.y + 3.2 * PITCH, WH["gongkai"], "FS", 16)
    fl.y += 4 * PITCH
    banji(fl, WH["cc"], WH["yinfa_org"], WH["yinfa_date"])
    page_numbers(fl)
    render(path, fl.pages)
    set_info(path, {
        "/Title": WH["title"],
        "/Subject": WH["wenhao"],
        "/Author": WH["luokuan"],
        "/Keywords": "一带一路；跨境电商；海外仓；项目申报",
        "/Creator": "公文排版系统 V5.2",
        "/Producer": "ReportLab PDF Library",
        "/CreationDate": "D:20240705093012+08'00'",
        "/ModDate": "D:20240705093012+08'00'",
    })
    return len(fl.pages)


# ================================================================ (c) 申报表 with AcroForm values
FORM_TITLE = ["2024年度中国（湖北）自由贸易试验区武汉片区", "“一带一路”跨境电商海外仓项目申报表"]
FV = {
    "Text1": "2024年8月12日",
    "Text2": "",
    "Text3": "武汉楚贸通供应链管理有限公司",
    "Text4": "91420100MA4KXQ2T5B",
    "Text5": "2019年5月16日",
    "Text6": "武汉东湖新技术开发区高新大道777号光谷自贸大厦B座15层",
    "Text7": "楚贸通布达佩斯公共海外仓扩建项目",
    "Text8": "匈牙利布达佩斯",
    "Text9": "12000",
    "Text10": "2860.00",
    "Text11": "286.00",
    "Text12": "2023年9月至2024年5月",
    "Text13": "在匈牙利布达佩斯切佩尔港物流园租赁仓库，将原有4000平方米海外仓扩建至12000平方米，新增智能分拣线2条、冷链仓储区800平方米，部署仓储管理系统（WMS）并与“武汉片区跨境电商公共服务平台”对接，为片区跨境电商企业提供中欧班列（武汉）到仓、一件代发、退换货等服务。",
    "Text14": "项目建成后年处理跨境电商包裹约600万件，服务片区企业不少于80家，带动片区企业对中东欧国家跨境电商出口额年均增长20%以上，新增当地就业岗位60个。",
    "Text15": "周雯",
    "Text16": "027-87655321、13871234567",
    "Text17": "陈志刚",
    "Text18": "2024年8月12日",
    "Text19": "经初审，该项目符合申报条件，申报材料齐全，同意提交第三方机构评审。",
    "Text20": "2024年8月20日",
    "Text21": "",
    "Text22": "",
    "form_ver": "WHZMQ-HWC-2024-02",
}
# tooltips (/TU) only on some fields, as Acrobat's field detection leaves them
FTU = {"Text3": "申报单位", "Text7": "项目名称", "Text10": "项目总投资", "Text11": "申请补助金额", "Text13": "项目主要内容"}
CHECKS = {  # name: (label printed beside it, checked)
    "Check Box1": ("跨境电商企业", False), "Check Box2": ("跨境物流企业", True), "Check Box3": ("外贸综合服务企业", False),
    "Check Box4": ("新建或扩建海外仓", True), "Check Box5": ("海外仓数字化改造", False), "Check Box6": ("海外仓公共服务平台", False),
}
NOTES = [
    "1.本表一式三份，与申报材料一并按顺序装订成册，封面加盖申报单位公章。",
    "2.金额单位为万元，保留两位小数；申请补助金额不得超过通知规定的单个项目最高金额。",
    "3.海外仓仓储面积以产权证明或租赁合同载明的面积为准，建设起止时间以项目专项审计报告为准。",
]
PROMISE = "本单位承诺：所填报内容及提交的申报材料真实、准确、完整，如有虚假，自愿承担相应法律责任，并退回已获补助资金。"


def make_form(path):
    fields = []   # (page, name, rect(x, yt, w, h), kind, extra)
    c = canvas.Canvas(path + ".tmp.pdf", pagesize=A4, pageCompression=1)
    L, W = 22 * MM, 166 * MM
    LS = 11.5    # label size
    c.setFillColor(BLACK)

    def txt(x, yt, s, font="ST", size=LS):
        c.setFont(font, size)
        c.drawString(x, PH - yt, s)

    def ctxt(x, w, yt, s, font="ST", size=LS):
        txt(x + (w - sw(s, font, size)) / 2, yt, s, font, size)

    def box(x, yt, w, h, lw=0.8):
        c.setLineWidth(lw)
        c.rect(x, PH - yt - h, w, h)

    def label_lines(x, w, yt, h, s, size=LS):
        lines = Flow.wrap([(ch, "ST") for ch in s], size, w - 4 * MM, w - 4 * MM)
        lead = size * 1.3
        y = yt + (h - len(lines) * lead) / 2 + size * 0.9
        for ln in lines:
            ctxt(x, w, y, "".join(ch for ch, _ in ln), size=size)
            y += lead

    # ---- page 1
    txt(L, 22 * MM, "附件1", "HT", 14)
    y = 34 * MM
    for ln in FORM_TITLE:
        ctxt(L, W, y, ln, "XBZ", 18)
        y += 26
    y += 4
    txt(L, y + 4, "填报日期：", "ST", LS)
    fields.append((0, "Text1", (L + sw("填报日期：", "ST", LS), y - 10, 42 * MM, 18), "tx", {}))
    txt(L + W - 60 * MM, y + 4, "编号：", "ST", LS)
    fields.append((0, "Text2", (L + W - 60 * MM + sw("编号：", "ST", LS), y - 10, 45 * MM, 18), "tx", {}))
    top = y + 14
    lw = 34 * MM            # label column
    rows = [
        ("申报单位（盖章）", [("Text3", W - lw)], 12),
        ("统一社会信用代码", [("Text4", 62 * MM), ("#成立时间", 26 * MM), ("Text5", W - lw - 88 * MM)], 12),
        ("注册地址", [("Text6", W - lw)], 12),
        ("企业类型", [("@Check Box1,Check Box2,Check Box3", W - lw)], 12),
        ("项目名称", [("Text7", W - lw)], 12),
        ("项目类别", [("@Check Box4,Check Box5,Check Box6", W - lw)], 12),
        ("海外仓所在国家、城市", [("Text8", 52 * MM), ("#仓储面积（平方米）", 36 * MM), ("Text9", W - lw - 88 * MM)], 12),
        ("项目总投资（万元）", [("Text10", 52 * MM), ("#申请补助金额（万元）", 36 * MM), ("Text11", W - lw - 88 * MM)], 12),
        ("建设起止时间", [("Text12", W - lw)], 12),
        ("项目主要内容", [("Text13", W - lw)], 46),
        ("预期效益", [("Text14", W - lw)], 32),
        ("联系人", [("Text15", 52 * MM), ("#联系电话", 36 * MM), ("Text16", W - lw - 88 * MM)], 12),
    ]
    for label, cells, hmm in rows:
        h = hmm * MM
        box(L, top, lw, h)
        label_lines(L, lw, top, h, label)
        x = L + lw
        for name, w in cells:
            box(x, top, w, h)
            if name.startswith("#"):
                label_lines(x, w, top, h, name[1:])
            elif name.startswith("@"):
                cx = x + 3 * MM
                for cb in name[1:].split(","):
                    lab, on = CHECKS[cb]
                    s = 10
                    fields.append((0, cb, (cx, top + (h - s) / 2, s, s), "cb", {"on": on}))
                    c.setLineWidth(0.6)
                    c.rect(cx, PH - top - (h + s) / 2, s, s)
                    txt(cx + s + 3, top + h / 2 + LS * 0.38, lab)
                    cx += s + 3 + sw(lab, "ST", LS) + 4.5 * MM
            else:
                multi = hmm > 20
                fields.append((0, name, (x + 1.5, top + 1.5, w - 3, h - 3), "tx", {"multi": multi}))
            x += w
        top += h
    c.setFont("ST", 10.5)
    c.drawCentredString(PW / 2, 16 * MM, "— 1 —")
    c.showPage()

    # ---- page 2
    top = 25 * MM
    h = 40 * MM
    box(L, top, lw, h); label_lines(L, lw, top, h, "申报单位承诺")
    box(L + lw, top, W - lw, h)
    plines = Flow.wrap([(ch, "ST") for ch in PROMISE], LS, W - lw - 8 * MM - 2 * LS, W - lw - 8 * MM)
    yy = top + 8 * MM
    for k, ln in enumerate(plines):
        txt(L + lw + 4 * MM + (2 * LS if k == 0 else 0), yy, "".join(ch for ch, _ in ln))
        yy += LS * 1.6
    sx = L + lw + 40 * MM
    txt(sx, top + h - 14 * MM, "法定代表人（签字）：")
    fields.append((1, "Text17", (sx + sw("法定代表人（签字）：", "ST", LS), top + h - 14 * MM - 12, 40 * MM, 17), "tx", {}))
    txt(sx + 40 * MM, top + h - 6 * MM, "日期：")
    fields.append((1, "Text18", (sx + 40 * MM + sw("日期：", "ST", LS), top + h - 6 * MM - 12, 40 * MM, 17), "tx", {}))
    top += h
    for label, tname, dname in [("经济发展局初审意见", "Text19", "Text20"), ("财政金融局审核意见", "Text21", "Text22")]:
        h = 40 * MM
        box(L, top, lw, h); label_lines(L, lw, top, h, label)
        box(L + lw, top, W - lw, h)
        fields.append((1, tname, (L + lw + 2, top + 2, W - lw - 4, h - 16 * MM), "tx", {"multi": True}))
        txt(L + lw + 30 * MM, top + h - 9 * MM, "（盖章）")
        txt(sx + 40 * MM, top + h - 6 * MM, "日期：")
        fields.append((1, dname, (sx + 40 * MM + sw("日期：", "ST", LS), top + h - 6 * MM - 12, 40 * MM, 17), "tx", {}))
        top += h
    top += 9 * MM
    txt(L, top, "填表说明：", "HT", 12)
    top += 8 * MM
    for n in NOTES:
        lines = Flow.wrap([(ch, "ST") for ch in n], LS, W - 2 * LS, W)
        for k, ln in enumerate(lines):
            txt(L + (2 * LS if k == 0 else 0), top, "".join(ch for ch, _ in ln))
            top += LS * 1.7
    fields.append((1, "form_ver", (L + W - 50 * MM, 285 * MM, 50 * MM, 12), "tx", {"hidden": True, "size": 7}))
    c.setFont("ST", 10.5)
    c.drawCentredString(PW / 2, 16 * MM, "— 2 —")
    c.showPage()

    # ---- appearance streams, as form XObjects (drawn on no page)
    for pg, name, (x, yt, w, h), kind, ex in fields:
        if kind == "tx":
            c.beginForm("ap_" + name, 0, 0, w, h)
            v = FV[name]
            size = ex.get("size", 12)
            if v:
                c.setFillColor(Color(0, 0, 0.35))
                if ex.get("multi"):
                    lines = Flow.wrap([(ch, "FS") for ch in v], size, w - 4 - 2 * size, w - 4)
                    yy = h - 3 - size
                    for k, ln in enumerate(lines):
                        c.setFont("FS", size)
                        c.drawString(2 + (2 * size if k == 0 else 0), yy, "".join(ch for ch, _ in ln))
                        yy -= size * 1.45
                else:
                    size = min(size, size * (w - 5) / sw(v, "FS", size))  # auto-size, as viewers do
                    c.setFont("FS", size)
                    c.drawString(2, (h - size) / 2 + 2, v)
            c.endForm()
        else:
            c.beginForm("ap_%s_on" % name, 0, 0, w, h)
            c.setStrokeColor(Color(0, 0, 0.35)); c.setLineWidth(1.4)
            p = c.beginPath(); p.moveTo(w * 0.18, h * 0.52); p.lineTo(w * 0.42, h * 0.22); p.lineTo(w * 0.85, h * 0.85)
            c.drawPath(p, stroke=1, fill=0)
            c.endForm()
            c.beginForm("ap_%s_off" % name, 0, 0, w, h)
            c.endForm()
    # a scratch page that names every appearance (removed again below)
    for pg, name, r, kind, ex in fields:
        if kind == "tx":
            c.doForm("ap_" + name)
        else:
            c.doForm("ap_%s_on" % name); c.doForm("ap_%s_off" % name)
    c.showPage()
    c.save()

    # ---- AcroForm
    r = PdfReader(path + ".tmp.pdf")
    w = PdfWriter(clone_from=r)
    scratch = w.pages[-1]
    xo = scratch["/Resources"]["/XObject"]
    ap = {}
    for k in xo:
        ap[str(k).split(".", 1)[-1].lstrip("/")] = xo.raw_get(k)
    w.remove_page(len(w.pages) - 1)
    # a non-embedded CJK font for the form's default resources (/DR), as Chinese forms carry
    desc = DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): NameObject("/STSong-Light"),
        NameObject("/Flags"): NumberObject(6), NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (-25, -254, 1000, 880)]),
        NameObject("/ItalicAngle"): NumberObject(0), NameObject("/Ascent"): NumberObject(880), NameObject("/Descent"): NumberObject(-120),
        NameObject("/CapHeight"): NumberObject(880), NameObject("/StemV"): NumberObject(93)})
    cid = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType0"),
        NameObject("/BaseFont"): NameObject("/STSong-Light"),
        NameObject("/CIDSystemInfo"): DictionaryObject({NameObject("/Registry"): TextStringObject("Adobe"), NameObject("/Ordering"): TextStringObject("GB1"), NameObject("/Supplement"): NumberObject(4)}),
        NameObject("/FontDescriptor"): w._add_object(desc), NameObject("/DW"): NumberObject(1000)})
    t0 = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/STSong-Light"), NameObject("/Encoding"): NameObject("/UniGB-UCS2-H"),
        NameObject("/DescendantFonts"): ArrayObject([w._add_object(cid)])})
    zadb = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"), NameObject("/BaseFont"): NameObject("/ZapfDingbats")})
    dr = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/STSong"): w._add_object(t0), NameObject("/ZaDb"): w._add_object(zadb)})})
    allf = ArrayObject()
    for pg, name, (x, yt, wd, h), kind, ex in fields:
        page = w.pages[pg]
        rect = ArrayObject([FloatObject(round(v, 2)) for v in (x, PH - yt - h, x + wd, PH - yt)])
        a = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/T"): TextStringObject(name), NameObject("/Rect"): rect,
            NameObject("/F"): NumberObject(6 if ex.get("hidden") else 4),
            NameObject("/P"): page.indirect_reference,
        })
        if kind == "tx":
            a[NameObject("/FT")] = NameObject("/Tx")
            a[NameObject("/V")] = TextStringObject(FV[name])
            a[NameObject("/DA")] = TextStringObject("/STSong %d Tf 0 0 0.35 rg" % ex.get("size", 12))
            if ex.get("multi"):
                a[NameObject("/Ff")] = NumberObject(4096)
            a[NameObject("/AP")] = DictionaryObject({NameObject("/N"): ap["ap_" + name]})
        else:
            on = ex["on"]
            a[NameObject("/FT")] = NameObject("/Btn")
            a[NameObject("/V")] = NameObject("/Yes" if on else "/Off")
            a[NameObject("/AS")] = NameObject("/Yes" if on else "/Off")
            a[NameObject("/DA")] = TextStringObject("/ZaDb 0 Tf 0 g")
            a[NameObject("/MK")] = DictionaryObject({NameObject("/CA"): TextStringObject("4")})
            a[NameObject("/AP")] = DictionaryObject({NameObject("/N"): DictionaryObject({
                NameObject("/Yes"): ap["ap_%s_on" % name], NameObject("/Off"): ap["ap_%s_off" % name]})})
        if name in FTU:
            a[NameObject("/TU")] = TextStringObject(FTU[name])
        ref = w._add_object(a)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        allf.append(ref)
    w._root_object[NameObject("/AcroForm")] = w._add_object(DictionaryObject({
        NameObject("/Fields"): allf, NameObject("/DR"): dr,
        NameObject("/DA"): TextStringObject("/STSong 12 Tf 0 g"),
        NameObject("/NeedAppearances"): __import__("pypdf").generic.BooleanObject(False)}))
    w.metadata = None
    w.add_metadata({
        "/Title": "附件1 申报表模板",
        "/Author": "whzmq_jfj",
        "/Creator": "ReportLab + AcroForm fill",
        "/Producer": "ReportLab PDF Library",
        "/CreationDate": "D:20240702101500+08'00'",
        "/ModDate": "D:20240812153344+08'00'",
    })
    with open(path, "wb") as fh:
        w.write(fh)
    os.remove(path + ".tmp.pdf")
    return 2


# ================================================================ expected.json
def clauses_of(body):
    out = []
    for kind, runs in body:
        if kind == "p":
            out.append("".join(t for t, _ in runs))
    return out


def expected():
    fj_clauses = clauses_of(FJ["body"])
    wh_body = []
    for kind, runs in WH["body"]:
        if kind == "table":
            for r in WH["table_rows"]:
                wh_body.append("；".join("%s：%s" % (h, v) for h, v in zip(WH["table_head"], r)))
        elif kind == "p":
            wh_body.append("".join(t for t, _ in runs))
    form_clauses = [
        "申报单位（盖章）：" + FV["Text3"],
        "统一社会信用代码：%s；成立时间：%s" % (FV["Text4"], FV["Text5"]),
        "注册地址：" + FV["Text6"],
        "企业类型：跨境物流企业",
        "项目名称：" + FV["Text7"],
        "项目类别：新建或扩建海外仓",
        "海外仓所在国家、城市：%s；仓储面积（平方米）：%s" % (FV["Text8"], FV["Text9"]),
        "项目总投资（万元）：%s；申请补助金额（万元）：%s" % (FV["Text10"], FV["Text11"]),
        "建设起止时间：" + FV["Text12"],
        "项目主要内容：" + FV["Text13"],
        "预期效益：" + FV["Text14"],
        "联系人：%s；联系电话：%s" % (FV["Text15"], FV["Text16"]),
        "申报单位承诺：%s；法定代表人（签字）：%s；日期：%s" % (PROMISE, FV["Text17"], FV["Text18"]),
        "经济发展局初审意见：%s；日期：%s" % (FV["Text19"], FV["Text20"]),
    ] + NOTES
    form_sources = {
        "申报单位（盖章）": "printed label + AcroForm Text3 (/TU 申报单位)",
        "统一社会信用代码 / 成立时间": "printed labels + Text4 / Text5 (no /TU)",
        "注册地址": "printed label + Text6",
        "企业类型": "printed labels beside Check Box1–3; only Check Box2 (跨境物流企业) has /V /Yes",
        "项目名称": "printed label + Text7 (/TU 项目名称)",
        "项目类别": "printed labels beside Check Box4–6; only Check Box4 (新建或扩建海外仓) has /V /Yes",
        "海外仓所在国家、城市 / 仓储面积（平方米）": "Text8 / Text9",
        "项目总投资（万元） / 申请补助金额（万元）": "Text10 / Text11 (/TU 项目总投资, 申请补助金额)",
        "建设起止时间": "Text12",
        "项目主要内容": "Text13 (multiline, /TU 项目主要内容)",
        "预期效益": "Text14 (multiline)",
        "联系人 / 联系电话": "Text15 / Text16",
        "申报单位承诺": "printed text in the page + Text17 (法定代表人 陈志刚) + Text18 (日期)",
        "经济发展局初审意见": "Text19 (multiline) + Text20 (日期)",
        "填表说明 1.–3.": "printed page text (page 2)",
        "填报日期 (→ meta.date)": "printed label 填报日期： + Text1",
        "not content": "Text2 编号 (empty), Text21/Text22 财政金融局审核意见 and its 日期 (empty), form_ver (hidden field, /F 6, value WHZMQ-HWC-2024-02)",
    }
    return {
        "blind144_fujian_scrambled": [{
            "meta": {
                "title": "福建省商务厅 福建省财政厅关于支持中国（福建）自由贸易试验区提升“丝路海运”服务能力的通知",
                "doc_number": FJ["wenhao"],
                "issuer": ["福建省商务厅", "福建省财政厅"],
                "date": "2024-04-18",
                "published": "2024-04-22",
                "level": "provincial",
                "region": "福建省",
                "effective": "2024-05-01",
                "expires": "2026-12-31",
                "attachments": [],
                "doc_type": "通知",
                "recipients": ["福州、厦门市商务局、财政局", "平潭综合实验区经济发展局、财政金融局", "自贸试验区各片区管委会"],
                "publicity": "此件主动公开",
                "pdf_info": {"Title": "Microsoft Word - 17号文（丝路海运）定稿.docx", "Author": "lxy", "Creator": "PScript5.dll Version 5.2.2", "CreationDate": "2024-04-22T16:14:08+08:00"},
            },
            "clauses": fj_clauses,
            "applies_to": {
                "default": "福建省（中国（福建）自由贸易试验区）",
                "specific": {
                    "一、（二） 内外贸同船运输试点": "福州片区（江阴港区）",
                    "一、（三） 国际中转集拼业务": "厦门片区（海沧港区）",
                    "二、（三） 发展对台海运快件": "平潭片区（平潭金井码头）",
                },
                "note": "三、（一） names 福州市、厦门市和平潭综合实验区 only as co-funders (财政承担40%) — it applies to the whole 自贸试验区, not to those three places (tagging them is low). 福州海关、厦门海关 (二、（二）) are organs, not places. 共建“一带一路”国家港口 / 21世纪海上丝绸之路 do not place anything abroad.",
            },
            "_note": "What the eye reads is an ordinary 3-page joint 公文: red two-organ 版头 (福建省商务厅 / 福建省财政厅 stacked, 文件 to the right), 文号 闽商务自贸〔2024〕17号, red rule, a 3-line title, 主送, 一、…四、 黑体 headings, （一）（二）（三） run-in 楷体 headings + 仿宋 text (heading + text = ONE clause), 1.2.3. items under 三、（二）, 落款 with the two organs side by side and 2024年4月18日, （此件主动公开）, 版记 (抄送 on two lines / 福建省商务厅办公室 2024年4月22日印发 between rules) at the foot of page 3, page numbers “— N —” (odd right, even left). THE TRAP: the text layer is drawn out of reading order. Each line is its own BT…ET with an absolute position, every line stands where the eye expects it, but per page: page 3 draws the 版记 first, then （此件主动公开）, the 落款, then the body paragraphs in shuffled order, then the page number; page 1 draws the page number, the body paragraphs (shuffled), 主送, the title (line 3 first, each title character a separate text object), 文号, the red 版头; page 2 body shuffled; about half the paragraphs have their lines drawn bottom line first; and on every page all 楷体 segments (the run-in （一）… headings) and then all 黑体 headings are drawn in later passes, far from the 仿宋 text that continues them on the same line. A reader that takes the content-stream order (pdfminer/PyMuPDF without sorting) gets the 版记 as the first text of page 3, paragraphs out of order, run-in headings detached or glued to the wrong paragraph, and can mistake a body line for the title. A careful reader orders text by position (top→bottom, left→right) per page and must then get exactly the eye's result. Furniture: 版头, 文号, red rule, 主送 (→ recipients), headings 一、…四、 (heading clauses tolerable), 落款, date line, （此件主动公开） (→ publicity), 版记, page numbers. Paragraphs cross page breaks (page 1→2 and 2→3) and must be re-joined. date = 成文日期 2024-04-18 (落款); 2024-04-22 is the 印发 date (版记) and the PDF CreationDate — neither is the date. effective 2024-05-01 and expires 2026-12-31 come from 四、. The Info /Title is “Microsoft Word - 17号文（丝路海运）定稿.docx” — using it as the title is HIGH. Title: a space (or full-width space, or none) between the two organ names is a matter of taste. The 1.2.3. items are separate clauses (merging them into （二） is low).",
            "_pdf": {
                "source": "reportlab, written directly (no Word file)",
                "pages": 3,
                "text_layer": "complete — every clause is in the text layer; only the drawing ORDER differs from reading order",
                "stream_order_page1": "— 1 — / body paragraphs (shuffled, some bottom line first) / 主送 / title line 3, 2, 1 (char by char) / 文号 / red 版头 / [then 楷体 run-in headings] / [then 黑体 headings]",
                "stream_order_page3": "版记 (rule, 抄送 2 lines, rule, 印发 line, rule) / （此件主动公开） / 落款 + date / body paragraphs shuffled / — 3 — / [楷体 pass] / [黑体 pass]",
            },
        }],
        "blind144_wuhan_outlined": [{
            "meta": {
                "title": WH["title"],
                "doc_number": WH["wenhao"],
                "issuer": [WH["luokuan"]],
                "date": "2024-07-03",
                "published": "2024-07-05",
                "level": "municipal",
                "region": "湖北省武汉市（中国（湖北）自由贸易试验区武汉片区）",
                "effective": None,
                "expires": None,
                "attachments": ["2024年度中国（湖北）自由贸易试验区武汉片区“一带一路”跨境电商海外仓项目申报表", "信用承诺书"],
                "doc_type": "通知",
                "recipients": ["片区各部门、各功能区管理办公室", "各有关企业"],
                "publicity": "此件公开发布",
                "deadline": "2024-08-31",
                "pdf_info": {"Title": WH["title"], "Subject": WH["wenhao"], "Author": WH["luokuan"], "Keywords": "一带一路；跨境电商；海外仓；项目申报", "CreationDate": "2024-07-05T09:30:12+08:00"},
            },
            "clauses": wh_body,
            "applies_to": {
                "default": "中国（湖北）自由贸易试验区武汉片区（湖北省武汉市）",
                "specific": {},
                "note": "No item names a narrower place. 共建“一带一路”国家 (一、（二）) does not place a clause abroad; 东湖新技术开发区管委会 appears only in the 版记 (抄送, furniture). 湖北省 (whole province) is too broad, low.",
            },
            "_read_from": {
                "title": "ONLY the PDF Info dictionary /Title (the page shows it as vector outlines: three filled paths, no text operators)",
                "issuer": "落款 text 中国（湖北）自由贸易试验区武汉片区管理委员会 (page 3) — also Info /Author; the red 版头 is a PNG image",
                "doc_number": "page text (文号 line under the 版头) — also Info /Subject",
                "date": "落款 date text 2024年7月3日 — NOT Info /CreationDate (2024-07-05, the 印发 day)",
                "published": "版记 印发 line 2024年7月5日印发",
                "clauses": "page text",
            },
            "_note": "The eye sees a normal 公文: red 版头 (two lines 中国（湖北）自由贸易试验区 / 武汉片区管理委员会文件), 文号 武自贸管发〔2024〕21号, red rule, a 3-line title, 主送, body 一、…四、 with a 3-row table under 二、, 附件说明 (2 attachments), 落款 with a red round seal over it, （此件公开发布）, 版记. THE TRAP: the 版头 is a PNG picture and the title is drawn as filled vector glyph outlines — neither exists as text. The title is available as text only in the document properties: /Title = the full title, /Subject = 文号, /Author = the issuing organ, /Keywords, /CreationDate D:20240705093012+08'00'. An analyst needs the title from /Title (no OCR needed). Taking the 文号 line, 主送 line or the first body sentence as the title is HIGH; an empty title without a warning is HIGH. The issuer must come from the 落款 (or /Author), not from the 版头 (pixels only). date = 2024-07-03 (落款 text); /CreationDate 2024-07-05 is the 印发 day (版记) and must not become the date (published = 2024-07-05 is right). The red seal is a picture whose ring text (the organ name) is pixels only. Table rows are clauses written 项目类别：…；支持方式：…；单个项目最高金额（万元）：…. （一）（二） under 一、 and 三、 are items without a run-in heading; （一）网上申报。（二）审核公示。 under 四、 are run-in 楷体 headings (heading + text = one clause). 一、…四、 headings: tolerable as heading clauses. The attachments are not in this PDF (the filled 附件1 is blind144_wuhan_form.pdf); 附件说明 → attachments (2 titles, without “1.”/“2.”). 2024-08-31 is the 申报 deadline, not an expiry; no effective/expires (effective = 2024-07-03 tolerable, low).",
            "_pdf": {
                "source": "reportlab, written directly (no Word file)",
                "pages": 3,
                "not_in_text_layer": ["the red 版头 (PNG image)", "the title (vector outlines, 3 filled paths)", "the seal (PNG image)"],
                "info_dictionary": {"/Title": WH["title"], "/Subject": WH["wenhao"], "/Author": WH["luokuan"], "/Keywords": "一带一路；跨境电商；海外仓；项目申报", "/Creator": "公文排版系统 V5.2", "/CreationDate": "D:20240705093012+08'00'"},
            },
        }],
        "blind144_wuhan_form": [{
            "meta": {
                "title": "".join(FORM_TITLE),
                "doc_number": None,
                "issuer": [FV["Text3"]],
                "date": "2024-08-12",
                "published": None,
                "level": "municipal",
                "region": "湖北省武汉市（中国（湖北）自由贸易试验区武汉片区）",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "申报表",
                "recipients": [],
                "publicity": None,
                "form_of": "附件1 of 武自贸管发〔2024〕21号 (blind144_wuhan_outlined)",
                "pdf_info": {"Title": "附件1 申报表模板", "Author": "whzmq_jfj", "CreationDate": "2024-07-02T10:15:00+08:00", "ModDate": "2024-08-12T15:33:44+08:00"},
            },
            "clauses": form_clauses,
            "applies_to": {
                "default": "中国（湖北）自由贸易试验区武汉片区（湖北省武汉市；申报单位注册于武汉东湖新技术开发区）",
                "specific": {"海外仓所在国家、城市": "匈牙利布达佩斯 (the project's location abroad; tagging this row with it is fine, tagging the whole form with it is wrong)"},
                "note": "中欧班列（武汉）/ 中东欧国家 in the free-text fields do not place anything. 东湖新技术开发区 in 注册地址 is the company's address (tagging 注册地址 with it is fine).",
            },
            "_read_from": form_sources,
            "_note": "A filled 申报表 (2 pages). THE TRAP: the page content holds only what was printed on the blank form — 附件1, the title (two lines, as text), the labels (申报单位（盖章）, 统一社会信用代码, 成立时间, 注册地址, 企业类型, 项目名称, 项目类别, 海外仓所在国家、城市, 仓储面积（平方米）, 项目总投资（万元）, 申请补助金额（万元）, 建设起止时间, 项目主要内容, 预期效益, 联系人, 联系电话, 申报单位承诺 + its printed text, 法定代表人（签字）：, 日期：, 经济发展局初审意见, 财政金融局审核意见, （盖章）), the check-box captions, the table rules and 填表说明 1.–3. Every filled value is an AcroForm widget (/FT /Tx with /V and an /AP appearance stream; the values are seen by the eye but are not page text). Field names are Acrobat-style Text1…Text22 / Check Box1…6 and carry no meaning; /TU (tooltip) exists only for Text3, Text7, Text10, Text11, Text13 — the label must come from the printed text beside/left of the field (by position). Check boxes: the value is the caption printed right of the box whose /V is /Yes (Check Box2 = 跨境物流企业, Check Box4 = 新建或扩建海外仓); the unchecked captions must not be read as the value. Empty fields (Text2 编号, Text21/Text22 财政金融局审核意见 + 日期) are not content (a label-only clause for them is low). form_ver is a HIDDEN field (/F 6) whose value WHZMQ-HWC-2024-02 the eye never sees — reading it as a clause is low. A reader that ignores the AcroForm yields clauses that are labels without values (“申报单位（盖章）”, “项目名称” …) — HIGH: every number an analyst needs (申请补助金额 286.00万元, 总投资 2860.00万元, 面积 12000) is lost; it should at least warn that the file has filled form fields it did not read. Info /Title is the template's name “附件1 申报表模板” — using it as the title is medium (the printed title is in the page text). Row-wise pairing (label：value；label：value for rows with two pairs) is what an analyst wants; one clause per pair is tolerable (taste). date = 2024-08-12 (填报日期 field); 2024-08-20 is the 初审 date. issuer: the 申报单位 (the 片区管委会, owner of the form, tolerable low). 填报日期 as a clause is tolerable.",
            "_pdf": {
                "source": "reportlab page + pypdf AcroForm (no Word file)",
                "pages": 2,
                "page_text_only": "labels, check-box captions, 附件1, title, 申报单位承诺 text, 填表说明 1.–3., page numbers",
                "acroform_fields": {k: v for k, v in FV.items()},
                "checkboxes": {k: {"caption": v[0], "V": "/Yes" if v[1] else "/Off"} for k, v in CHECKS.items()},
                "hidden_fields": ["form_ver"],
                "tooltips": FTU,
            },
        }],
    }


def main():
    tmp = tempfile.mkdtemp(prefix="blind144_fonts_")
    register_fonts(tmp)
    n1 = make_fujian(os.path.join(HERE, "blind144_fujian_scrambled.pdf"))
    n2 = make_wuhan_notice(os.path.join(HERE, "blind144_wuhan_outlined.pdf"))
    n3 = make_form(os.path.join(HERE, "blind144_wuhan_form.pdf"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("pages:", n1, n2, n3)


if __name__ == "__main__":
    main()
