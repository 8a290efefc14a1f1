# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731, C420
"""Blind round 134: scanned 公文 made searchable (image + invisible OCR text layer).

Writes next to itself:
  blind134_jxsw_notice.pdf   江西省商务厅 通知 (4 pages): 一、（一） items, 附件 重点项目表 on page 4.
  blind134_fzpq_rules.pdf    福州片区管委会 实施细则 (2 pages): 第一条…第十三条.
  expected.json

Each page is a picture of the printed page (Pillow: text, red 版头 + red rule, red seal,
a slight skew of 0.3–1°, grey noise, saved as JPEG) and over it an invisible text layer
(reportlab, text render mode 3, CID font STSong-Light) placed line by line where the printed
lines are, with OCR mistakes (〇/0, 曰/日, 己/已, l/1, spaces between characters, half-width
brackets, a line split into two runs at different heights, page numbers read as lines, the
seal's ring text read as a line of garbage). No Word files: the PDFs are the files.

Needs reportlab (pip install reportlab) besides Pillow.
Run:  . /work/venv/bin/activate && python make_blind134.py
"""
import json
import math
import os
import random
import tempfile

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
FONTS = {
    "song": (FD + "NotoSerifCJK-Regular.ttc", 2),
    "songb": (FD + "NotoSerifCJK-Bold.ttc", 2),
    "hei": (FD + "NotoSansCJK-Bold.ttc", 2),
    "heir": (FD + "NotoSansCJK-Regular.ttc", 2),
}
DPI = 200
S = DPI / 72.0
PW, PH = 595.28, 841.89  # A4 in pt
RED = (214, 24, 30)
BLACK = (20, 20, 20)
OCR_FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(OCR_FONT))

_fcache = {}


def pil_font(key, size_pt):
    k = (key, round(size_pt * S))
    if k not in _fcache:
        path, idx = FONTS[key]
        _fcache[k] = ImageFont.truetype(path, round(size_pt * S), index=idx)
    return _fcache[k]


def is_wide(ch):
    return ord(ch) > 0x2E7F or ch in "“”‘’—…、，。；：？！（）《》〔〕【】"


def adv(ch, key, size):
    if is_wide(ch):
        return size
    return pil_font(key, size).getlength(ch) / S


def text_width(s, key, size, spacing=0.0):
    return sum(adv(c, key, size) + spacing for c in s) - (spacing if s else 0)


NO_START = "，。、；：）》”’？！〕】"


def tokens(text):
    """Latin/digit runs (2024, 0.3%, EPC, 0791-86246731) are not broken; CJK breaks anywhere."""
    out, cur = [], ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".%-"):
            cur += ch
        else:
            if cur:
                out.append(cur)
                cur = ""
            out.append(ch)
    if cur:
        out.append(cur)
    return out


def wrap(text, key, size, first_w, w):
    """Greedy wrap, Chinese style (closing punctuation never starts a line)."""
    lines, cur, cw, lim = [], "", 0.0, first_w
    for tok in tokens(text):
        a = sum(adv(ch, key, size) for ch in tok)
        if cw + a > lim + 0.01 and cur and tok not in NO_START:
            lines.append(cur)
            cur, cw, lim = "", 0.0, w
        cur += tok
        cw += a
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, no):
        self.no = no
        self.items = []   # printed text: (x, baseline, text, fontkey, size, color, spacing)
        self.rules = []   # (x0, y, x1, width_pt, color)
        self.boxes = []   # table grid lines (x0, y0, x1, y1)
        self.ocr = []     # OCR lines: list of runs (text, x, baseline, size, width)
        self.seal = None  # (cx, cy, ring_text, diameter)


class Doc:
    def __init__(self, margins, body_size, pitch, body_key="song"):
        self.top, self.bottom, self.left, self.right = margins
        self.tw = PW - self.left - self.right
        self.size, self.pitch, self.key = body_size, pitch, body_key
        self.pages = [Page(1)]
        self.y = self.top
        self.ocr_mis = []    # (printed, ocr) – applied once each, line by line
        self.splits = []     # (substring, dy) – the line holding it is split before it
        self.used = set()

    @property
    def page(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append(Page(len(self.pages) + 1))
        self.y = self.top

    def need(self, h):
        if self.y + h > PH - self.bottom + 0.5:
            self.new_page()

    def ocr_text(self, s):
        for i, (a, b) in enumerate(self.ocr_mis):
            if i not in self.used and a in s:
                s = s.replace(a, b, 1)
                self.used.add(i)
        return s

    def split_runs(self, text, o, x, base, size, w, width_to):
        """One OCR run for the line, or two when a split is planned for it: the second run
        starts where its first character is printed, dy pt lower (or higher)."""
        for j, (sub, dy) in enumerate(self.splits):
            if ("s", j) in self.used or sub not in text:
                continue
            k = text.index(sub)
            x2 = x + width_to(k)
            ko = o.index(sub[:2]) if sub[:2] in o else len(o) // 2
            self.used.add(("s", j))
            return [(o[:ko], x, base, size, x2 - x - 1), (o[ko:], x2, base + dy, size, x + w - x2)]
        return [(o, x, base, size, w)]

    def add_line(self, x, text, key, size, color=BLACK, spacing=0.0, ocr=None, pitch=None):
        """Place one printed line at the cursor (cursor = top of line box)."""
        pitch = pitch or self.pitch
        self.need(pitch)
        base = self.y + size * 0.88 + (pitch - size) / 2
        self.page.items.append((x, base, text, key, size, color, spacing))
        w = text_width(text, key, size, spacing)
        o = self.ocr_text(text if ocr is None else ocr)
        runs = self.split_runs(text, o, x, base, size, w, lambda k: text_width(text[:k], key, size, spacing) + (spacing if k else 0))
        self.page.ocr.append(runs)
        self.y += pitch
        return base

    def para(self, text, indent=2, key=None, size=None, ocr_lines=None):
        key = key or self.key
        size = size or self.size
        lines = wrap(text, key, size, self.tw - indent * size, self.tw)
        for i, ln in enumerate(lines):
            x = self.left + (indent * size if i == 0 else 0)
            self.add_line(x, ln, key, size, ocr=(ocr_lines[i] if ocr_lines else None))
        return lines

    def run_in(self, head, rest, head_key="hei", indent=2):
        """Paragraph whose first words are a run-in heading in another face (黑体/楷体)."""
        size, key = self.size, self.key
        text = head + rest
        lines = wrap(text, key, size, self.tw - indent * size, self.tw)
        for i, ln in enumerate(lines):
            x = self.left + (indent * size if i == 0 else 0)
            if i == 0:
                # print head in head_key, the remainder in body face, OCR one line
                self.need(self.pitch)
                base = self.y + size * 0.88 + (self.pitch - size) / 2
                h = head if ln.startswith(head) else ln
                self.page.items.append((x, base, h, head_key, size, BLACK, 0.0))
                hw = text_width(h, head_key, size)
                if len(ln) > len(h):
                    self.page.items.append((x + hw, base, ln[len(h):], key, size, BLACK, 0.0))
                w = hw + text_width(ln[len(h):], key, size)
                o = self.ocr_text(ln)
                wt = lambda k, h=h, hw=hw, ln=ln: text_width(h[:k], head_key, size) if k <= len(h) else hw + text_width(ln[len(h):k], key, size)
                runs = self.split_runs(ln, o, x, base, size, w, wt)
                self.page.ocr.append(runs)
                self.y += self.pitch
            else:
                self.add_line(x, ln, key, size)
        return lines

    def center(self, text, key, size, color=BLACK, spacing=0.0, pitch=None, ocr=None):
        w = text_width(text, key, size, spacing)
        return self.add_line((PW - w) / 2, text, key, size, color, spacing, ocr=ocr, pitch=pitch)

    def right(self, text, right_chars=0, key=None, size=None, ocr=None):
        key = key or self.key
        size = size or self.size
        w = text_width(text, key, size)
        return self.add_line(PW - self.right - right_chars * size - w, text, key, size, ocr=ocr)

    def skip(self, n=1.0):
        self.y += self.pitch * n

    def rule(self, y, color=RED, width=1.5, x0=None, x1=None):
        self.page.rules.append((x0 if x0 is not None else self.left, y, x1 if x1 is not None else PW - self.right, width, color))

    def table(self, cols, header, rows, size, pad=3.0, pitch_ratio=1.35, unit_line=None):
        """Grid table; cells vertically centred. OCR: one line per visual row line, cells
        separated by spaces, each cell fragment placed where it is printed."""
        key = "song"
        lp = size * pitch_ratio
        xs = [self.left]
        for c in cols:
            xs.append(xs[-1] + c)
        allrows = [(header, "hei")] + [(r, key) for r in rows]
        for ri, (row, k) in enumerate(allrows):
            cells = [wrap(str(v), k, size, c - 2 * pad, c - 2 * pad) if str(v) else [""] for v, c in zip(row, cols)]
            n = max(len(c) for c in cells)
            h = n * lp + 2 * pad + 2
            self.need(h)
            y0 = self.y
            self.page.boxes.append((xs[0], y0, xs[-1], y0))
            ocr_lines = [[] for _ in range(n)]
            for ci, lines in enumerate(cells):
                off = (h - len(lines) * lp) / 2
                for li, ln in enumerate(lines):
                    if not ln:
                        continue
                    w = text_width(ln, k, size)
                    x = xs[ci] + (cols[ci] - w) / 2
                    base = y0 + off + li * lp + size * 0.88 + (lp - size) / 2
                    self.page.items.append((x, base, ln, k, size, BLACK, 0.0))
                    ocr_lines[li].append((self.ocr_text(ln), x, base, size, w))
            for ol in ocr_lines:
                if ol:
                    # cells separated by a space: append " " to every fragment but the last
                    self.page.ocr.append([(t + (" " if i < len(ol) - 1 else ""), x, b, s, w) for i, (t, x, b, s, w) in enumerate(ol)])
            self.y += h
            self.page.boxes.append((xs[0], self.y, xs[-1], self.y))
            for x in xs:
                self.page.boxes.append((x, y0, x, self.y))


# ---------------------------------------------------------------- rendering

def draw_seal(ring, diameter_pt, seed):
    rnd = random.Random(seed)
    D = int(diameter_pt * S)
    img = Image.new("L", (D, D), 0)
    d = ImageDraw.Draw(img)
    bw = int(1.3 / 25.4 * DPI)
    d.ellipse([bw // 2, bw // 2, D - bw // 2, D - bw // 2], outline=255, width=bw)
    # star
    cx = cy = D / 2
    R, r = D * 0.17, D * 0.068
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = R if i % 2 == 0 else r
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    # ring text along the upper arc
    n = len(ring)
    span = 215.0 if n <= 8 else 255.0
    fs = int(min(D * 0.15, 0.92 * (D * 0.36) * math.radians(span) / n))
    f = ImageFont.truetype(FONTS["songb"][0], fs, index=2)
    rad = D / 2 - bw - fs * 0.62
    for i, ch in enumerate(ring):
        ang = -90 - span / 2 + span * (i + 0.5) / n  # degrees, 0 = right
        gl = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(gl).text((fs, fs), ch, font=f, fill=255, anchor="mm")
        gl = gl.rotate(-(ang + 90), resample=Image.BICUBIC)
        px = cx + rad * math.cos(math.radians(ang)) - fs
        py = cy + rad * math.sin(math.radians(ang)) - fs
        img.paste(255, (int(px), int(py)), gl)
    # uneven ink
    noise = Image.effect_noise((D, D), 60).filter(ImageFilter.GaussianBlur(3))
    ink = ImageChops.multiply(img, noise.point(lambda v: min(255, 90 + v)))
    ink = ink.rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC)
    return ink


def render_page(page, angle, seed):
    W, H = int(PW * S), int(PH * S)
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for x, base, text, key, size, color, spacing in page.items:
        f = pil_font(key, size)
        cx = x
        for ch in text:
            d.text((cx * S, base * S), ch, font=f, fill=color, anchor="ls")
            cx += adv(ch, key, size) + spacing
    for x0, y, x1, w, color in page.rules:
        d.line([(x0 * S, y * S), (x1 * S, y * S)], fill=color, width=max(1, int(w * S)))
    for x0, y0, x1, y1 in page.boxes:
        d.line([(x0 * S, y0 * S), (x1 * S, y1 * S)], fill=BLACK, width=max(1, int(0.6 * S)))
    if page.seal:
        cx, cy, ring, dia = page.seal
        ink = draw_seal(ring, dia, seed)
        layer = Image.new("RGB", ink.size, (232, 40, 44))
        white = Image.new("RGB", ink.size, (255, 255, 255))
        stamp = Image.composite(layer, white, ink)
        x0, y0 = int(cx * S - ink.size[0] / 2), int(cy * S - ink.size[1] / 2)
        region = img.crop((x0, y0, x0 + ink.size[0], y0 + ink.size[1]))
        img.paste(ImageChops.multiply(region, stamp), (x0, y0))
    # the scan: skew, slight blur, paper grey, noise
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.float32)
    arr = arr * (np.array([242, 241, 237], dtype=np.float32) / 255.0)  # paper tone
    arr += rng.normal(0, 7, size=arr.shape[:2])[..., None]             # grey noise
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(img)
    for _ in range(180):  # dust specks
        x, y = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice([1, 1, 1, 2])
        g = rnd.randrange(60, 160)
        d.ellipse([x, y, x + r, y + r], fill=(g, g, g))
    # dark scanner edge at the left border
    d.rectangle([0, 0, 6, H], fill=(90, 90, 90))
    return img


def rot_pt(x, y, angle):
    """Where a point (pt, y down) of the printed page lands on the skewed scan."""
    th = math.radians(angle)
    cx, cy = PW / 2, PH / 2
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(th) + dy * math.sin(th), cy - dx * math.sin(th) + dy * math.cos(th)


def write_pdf(doc, path, angles, title_meta):
    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setTitle(title_meta)
    c.setAuthor("")
    c.setCreator("SCAN-OCR Pro 7.2")
    c.setProducer("SCAN-OCR Pro 7.2 PDF engine")
    tmp = tempfile.mkdtemp()
    for page, angle in zip(doc.pages, angles):
        img = render_page(page, angle, seed=page.no * 97 + len(path))
        jp = os.path.join(tmp, "p%d.jpg" % page.no)
        img.save(jp, "JPEG", quality=60)
        c.drawImage(jp, 0, 0, PW, PH)
        t = c.beginText()
        t.setTextRenderMode(3)
        for runs in page.ocr:
            for text, x, base, size, w in runs:
                if not text:
                    continue
                fs = round(size)
                rx, ry = rot_pt(x, base, angle)
                sw = pdfmetrics.stringWidth(text, OCR_FONT, fs)
                t.setFont(OCR_FONT, fs)
                t.setHorizScale(max(20.0, 100.0 * w / sw) if sw else 100)
                t.setTextOrigin(rx, PH - ry)
                t.textOut(text)
        c.drawText(t)
        c.showPage()
    c.save()


def page_numbers(doc, ocr_forms):
    """公文 page numbers — N — (odd right, even left), each read by the OCR as a line."""
    for p in doc.pages:
        txt = "— %d —" % p.no
        size = 14
        w = text_width(txt, "song", size)
        x = PW - doc.right - size - w if p.no % 2 else doc.left + size
        base = PH - doc.bottom + 22
        p.items.append((x, base, txt, "song", size, BLACK, 0.0))
        p.ocr.append([(ocr_forms[(p.no - 1) % len(ocr_forms)] % p.no, x, base, size, w)])


def banji(doc, lines, size=14):
    """版记 at the foot of the last page between rules."""
    p = doc.page
    pitch = size * 2.0
    ybot = PH - doc.bottom - 4
    ytop = ybot - pitch * len(lines)
    assert doc.y < ytop - 10, ("版记 does not fit", doc.y, ytop)
    p.rules.append((doc.left, ytop, PW - doc.right, 1.0, BLACK))
    for i, (l, r) in enumerate(lines):
        base = ytop + pitch * i + pitch * 0.68
        x = doc.left + size
        p.items.append((x, base, l, "song", size, BLACK, 0.0))
        txt, xr = l, None
        if r:
            wr = text_width(r, "song", size)
            xr = PW - doc.right - size - wr
            p.items.append((xr, base, r, "song", size, BLACK, 0.0))
        wl = text_width(l, "song", size)
        runs = [(doc.ocr_text(l) + (" " if r else ""), x, base, size, wl)]
        if r:
            runs.append((doc.ocr_text(r), xr, base, size, wr))
        p.ocr.append(runs)
        if i < len(lines) - 1:
            p.rules.append((doc.left, ytop + pitch * (i + 1), PW - doc.right, 0.5, BLACK))
    p.rules.append((doc.left, ybot, PW - doc.right, 1.0, BLACK))


# ================================================================ document 1
# 江西省商务厅 notice (4 pages)

J_TITLE = "江西省商务厅关于做好2024年全省“一带一路”经贸合作重点工作的通知"
J_INTRO = "为深入贯彻落实习近平总书记在第三届“一带一路”国际合作高峰论坛上的主旨演讲精神和省委、省政府关于推动共建“一带一路”高质量发展的部署要求，进一步扩大我省与共建国家经贸往来，现就做好2024年全省“一带一路”经贸合作重点工作通知如下。"
J_GOAL = "2024年，全省对共建“一带一路”国家进出口额力争达到2100亿元，同比增长8%以上；对共建国家非金融类直接投资达到9.5亿美元；新签对外承包工程合同额突破60亿美元；中欧班列（赣州、南昌）开行550列以上。"
J_TASKS = [
    ("（一）扩大与共建国家贸易规模。", "支持企业参加第135届、第136届中国进出口商品交易会和中国—东盟博览会、中国—非洲经贸博览会等境内外重点展会，省级外经贸发展专项资金对企业境外参展展位费给予最高70%的补助，单个企业年度补助不超过50万元。2024年全省组织企业赴共建国家参展不少于40场次。"),
    ("（二）推动境外经贸合作区提质升级。", "支持我省企业在印度尼西亚、埃塞俄比亚、柬埔寨等国建设的境外经贸合作区完善基础设施和公共服务平台，对通过商务部确认考核的境外经贸合作区，按当年实际投资额的5%给予一次性奖励，最高不超过300万元。"),
    ("（三）做强中欧班列和江海联运通道。", "赣州国际陆港要加快中欧班列集结中心建设，全年开行赣州至中亚、欧洲班列不少于350列；南昌国际陆港要稳定开行南昌至莫斯科、明斯克班列，全年不少于200列；九江港要拓展至宁波舟山港、上海港的江海联运航线，推动“江海直达”与中欧班列无缝衔接。"),
    ("（四）支持对外承包工程和劳务合作。", "鼓励省属国有企业联合民营企业以EPC、投建营一体化等方式承揽共建国家交通、能源、水利项目，对新签单个合同额5000万美元以上的项目，按合同额的0.3%给予前期费用补助，最高不超过200万元。"),
    ("（五）加快跨境电商海外仓布局。", "截至2023年底，全省企业已在共建国家建设海外仓21个。支持南昌、赣州、九江、上饶等跨境电商综合试验区企业在共建国家建设和租用海外仓，对经认定的省级公共海外仓给予最高100万元的一次性补助。到2024年底，全省企业在共建国家建设海外仓数量达到30个以上。"),
]
J_GUAR = [
    ("（一）加强组织协调。", "各设区市商务局要建立“一带一路”经贸合作重点项目工作台账，明确责任人和时间节点，于每季度结束后10日内将附件所列项目进展情况报送省商务厅对外投资和经济合作处。"),
    ("（二）强化资金支持。", "省商务厅会同省财政厅统筹安排省级外经贸发展专项资金1.2亿元，重点支持附件所列项目和本通知第二部分明确的支持事项，资金申报指南另行发布。"),
    ("（三）做好宣传总结。", "各地要及时总结推广“一带一路”经贸合作的典型案例，于2024年12月10日前将年度工作总结报送省商务厅。"),
]
J_CONTACT = "联系人：省商务厅对外投资和经济合作处 刘敏，电话：0791-86246731。"
J_ATT = "2024年全省“一带一路”经贸合作重点项目表"
J_COLS = [26, 136, 82, 82, 40, 76]
J_HEAD = ["序号", "项目名称", "所在地", "合作国别", "总投资", "建设期限"]
J_ROWS = [
    ["1", "赣州国际陆港中欧班列集结中心扩能项目", "赣州市南康区", "哈萨克斯坦、波兰", "8600", "2024—2025年"],
    ["2", "江西—印尼经贸合作区二期", "印度尼西亚中爪哇省", "印度尼西亚", "12500", "2024—2026年"],
    ["3", "南昌国际陆港海外仓集群项目", "南昌市青山湖区", "俄罗斯、白俄罗斯", "3200", "2024年"],
    ["4", "九江港城西港区江海联运码头项目", "九江市濂溪区", "—", "15800", "2023—2025年"],
    ["5", "上饶跨境电商公共海外仓项目", "上饶市信州区", "沙特阿拉伯、阿联酋", "1800", "2024年"],
    ["6", "景德镇陶瓷数字贸易中心", "景德镇市昌江区", "共建国家", "2400", "2024—2025年"],
    ["7", "宜春锂电国际合作产业园", "宜春市袁州区", "智利、阿根廷", "6700", "2024—2026年"],
    ["合计", "", "", "", "51000", ""],
]


def build_jx():
    d = Doc(margins=(104.9, 99.2, 79.4, 73.7), body_size=15.8, pitch=28.9)
    d.ocr_mis = [
        ("江西省商务厅文件", "江 西 省 商 务 厅 文 件"),
        ("赣商务外经字〔2024〕23号", "赣商务外经字 〔2024〕23号"),
        ("第三届“一带一路”国际", "第三届“一 带 一 路”国际"),
        ("开行550列", "开行55〇列"),
        ("已在共建国家", "己在共建国家"),
        ("资金1.2亿元", "资金l.2亿元"),
        ("（三）做好宣传", "（ 三 ）做好宣传"),
        ("2024年4月18日", "2024年4月18曰"),
    ]
    d.splits = [("单个企业年度", 3.2), ("2024年全省“一带一路”经贸合作重点项目表", 2.6), ("截至2023年底", -2.8)]
    d.y = 100
    # 版头: red, letter-spaced
    d.center("江西省商务厅文件", "songb", 40, color=RED, spacing=4, pitch=56)
    d.skip(1.2)
    d.center("赣商务外经字〔2024〕23号", "song", d.size)
    d.rule(d.y + 8, RED, 2.0)
    d.skip(1.0)
    d.center("江西省商务厅关于做好2024年全省", "songb", 21, pitch=34)
    d.center("“一带一路”经贸合作重点工作的通知", "songb", 21, pitch=34)
    d.skip(0.6)
    d.para("各设区市商务局，赣江新区经济发展局，省直有关单位：", indent=0)
    d.para(J_INTRO)
    d.para("一、工作目标", key="hei")
    d.para(J_GOAL)
    d.para("二、重点任务", key="hei")
    for h, t in J_TASKS:
        d.run_in(h, t)
    d.para("三、保障措施", key="hei")
    for h, t in J_GUAR:
        d.run_in(h, t)
    d.para(J_CONTACT)
    d.skip(1)
    d.para("附件：" + J_ATT, indent=2)
    d.skip(1.5)
    # 落款: organ centred over the date, date right-indented 4 chars; seal over both
    date = "2024年4月18日"
    wdate = text_width(date, "song", d.size)
    xdate = PW - d.right - 4 * d.size - wdate
    org = "江西省商务厅"
    worg = text_width(org, "song", d.size)
    d.need(d.pitch * 4)
    seal_y = d.y + d.pitch * 1.0
    d.page.ocr.append([("沣西省商夯斤一 ★ ·", xdate + wdate / 2 - 50, seal_y - 30, 11, 100)])
    d.add_line(xdate + (wdate - worg) / 2, org, "song", d.size)
    d.add_line(xdate, date, "song", d.size)
    d.page.seal = (xdate + wdate / 2, seal_y, "江西省商务厅", 119)
    d.skip(0.5)
    d.para("（此件主动公开）", indent=2)
    # 附件 on a new page
    d.new_page()
    d.para("附件", indent=0, key="hei")
    d.skip(0.3)
    d.center(J_ATT, "songb", 18, pitch=32)
    d.add_line(PW - d.right - text_width("单位：万美元", "song", 12), "单位：万美元", "song", 12, pitch=20)
    d.table(J_COLS, J_HEAD, J_ROWS, 10)
    banji(d, [("抄送：商务部对外投资和经济合作司，省发展改革委，省财政厅，南昌海关。", None),
              ("江西省商务厅办公室", "2024年4月19日印发")], size=13)
    page_numbers(d, ["一 %d 一", "- %d -"])
    if os.environ.get("DUMP"):
        for p in d.pages:
            print("--- page", p.no)
            for r in p.ocr:
                print(" | ".join("%s@%.1f" % (t, b) for t, x, b, s, w in r))
    assert len(d.used) == len(d.ocr_mis) + len(d.splits), (d.used, "OCR mistakes not all placed")
    return d


# ================================================================ document 2
# 福州片区管委会 实施细则 (2 pages)

F_TITLE = "中国（福建）自由贸易试验区福州片区“丝路海运”航线培育资金实施细则"
F_ARTS = [
    "第一条　为贯彻落实《中国（福建）自由贸易试验区条例》和《福州市支持“丝路海运”高质量发展若干措施》，加快建设21世纪海上丝绸之路核心区重要枢纽港，规范“丝路海运”航线培育资金（以下简称培育资金）管理，制定本细则。",
    "第二条　本细则适用于在福州片区注册、具有独立法人资格且信用状况良好的航运企业、国际货运代理企业和港口经营企业。",
    "第三条　培育资金由片区管委会在年度预算中安排，2024年度安排3000万元。片区经济发展局负责项目受理和审核，片区财政金融局负责资金拨付和监督。",
    "第四条　对新开通至共建“一带一路”国家港口并冠名“丝路海运”的集装箱外贸航线，每月稳定运营4个航次以上、连续运营满6个月的，每条航线给予一次性奖励200万元；航线挂靠东盟国家港口的，每条航线另增加50万元。",
    "第五条　对从江阴港区始发的“丝路海运”航线，按实际完成的外贸集装箱重箱量给予每标箱30元补贴，单家企业年度补贴不超过300万元。",
    "第六条　对在福州保税港区新设立区域总部的航运企业，实缴注册资本5000万元以上的，给予一次性落户奖励100万元。",
    "第七条　国际货运代理企业通过“丝路海运”航线组织货源年度超过1万标箱的，按每标箱10元给予奖励，单家企业最高不超过80万元。",
    "第八条　申报培育资金的企业应当在每年3月31日前向片区经济发展局提交申请表、航线运营证明、海关报关数据等申报材料，对上一年度的航线运营情况进行申报。",
    "第九条　片区经济发展局会同片区财政金融局在收到申报材料后30个工作日内完成审核，审核结果在片区门户网站公示5个工作日。公示无异议的，按程序拨付资金。",
    "第十条　同一项目同时符合本细则和片区其他扶持政策的，按照就高不重复的原则给予支持。",
    "第十一条　企业以虚报、冒领等手段骗取培育资金的，由片区管委会追回已拨付资金，取消其3年内申报资格，并依法依规追究责任。",
    "第十二条　本细则由片区经济发展局负责解释。",
    "第十三条　本细则自2024年7月1日起施行，有效期至2026年6月30日。",
]


def build_fz():
    d = Doc(margins=(70, 70, 76, 70), body_size=14.0, pitch=23.0)
    d.ocr_mis = [
        ("中国（福建）自由贸易试验区", "中国(福建)自由贸易试验区"),  # 版头 line 1 only (first occurrence)
        ("1万标箱", "l万标箱"),
        ("已拨付资金", "己拨付资金"),
        ("第七条", "第 七 条"),
        ("丝路海运”航线培育资金实施细则", "丝路海运”航线培育资 金实施细则"),
        ("2026年6月30", "2026年6月3〇"),
        ("2024年6月12日", "2〇24年6月12日"),
    ]
    d.splits = [("航线培育资金实施细则", 3.0), ("每月稳定运营", 3.4)]
    d.y = 64
    d.center("中国（福建）自由贸易试验区", "songb", 26, color=RED, spacing=1.5, pitch=38)
    d.center("福州片区管理委员会文件", "songb", 30, color=RED, spacing=4, pitch=44)
    d.skip(0.6)
    d.center("榕自贸管〔2024〕6号", "song", d.size)
    d.rule(d.y + 6, RED, 2.0)
    d.skip(0.8)
    d.center("中国（福建）自由贸易试验区福州片区", "songb", 18, pitch=28)
    d.center("“丝路海运”航线培育资金实施细则", "songb", 18, pitch=28)
    d.skip(0.4)
    for a in F_ARTS:
        k = a.index("　")
        d.run_in(a[:k + 1], a[k + 1:], head_key="hei")
    d.skip(1.2)
    date = "2024年6月12日"
    wdate = text_width(date, "song", d.size)
    xdate = PW - d.right - 3 * d.size - wdate
    org = "中国（福建）自由贸易试验区福州片区管理委员会"
    worg = text_width(org, "song", d.size)
    seal_y = d.y + d.pitch * 0.9
    d.page.ocr.append([("申国 福 迮 自由贸易试 区 福州片区管埋委 ※ ★", xdate + wdate / 2 - 58, seal_y - 34, 9, 116)])
    d.add_line(PW - d.right - worg, org, "song", d.size)
    d.add_line(xdate, date, "song", d.size)
    d.page.seal = (xdate + wdate / 2 - 8, seal_y, "中国（福建）自由贸易试验区福州片区管理委员会", 119)
    d.skip(0.3)
    d.para("（此件主动公开）", indent=2)
    banji(d, [("抄送：福州市人民政府办公厅，福州市商务局，福州海关，马尾区人民政府。", None),
              ("福州片区管委会综合办公室", "2024年6月13日印发")], size=11.5)
    page_numbers(d, ["一 %d 一", "一 %d 一"])
    if os.environ.get("DUMP"):
        for p in d.pages:
            print("--- page", p.no)
            for r in p.ocr:
                print(" | ".join("%s@%.1f" % (t, b) for t, x, b, s, w in r))
    assert len(d.pages) == 2, len(d.pages)
    if os.environ.get("DUMP"):
        for p in d.pages:
            print("--- page", p.no)
            for r in p.ocr:
                print(" | ".join("%s@%.1f" % (t, b) for t, x, b, s, w in r))
    assert len(d.used) == len(d.ocr_mis) + len(d.splits), (d.used, "OCR mistakes not all placed")
    return d


# ================================================================ expected.json

def row_clause(head, row):
    head = [h if h != "总投资" else "总投资（万美元）" for h in head]
    return "；".join("%s：%s" % (h, v) for h, v in zip(head, row) if v != "")


def expected():
    jx_clauses = [J_INTRO, J_GOAL] + [h + t for h, t in J_TASKS] + [h + t for h, t in J_GUAR] + [J_CONTACT]
    jx_clauses += [row_clause(J_HEAD, r) for r in J_ROWS[:-1]]
    jx = {
        "meta": {
            "title": J_TITLE,
            "doc_number": "赣商务外经字〔2024〕23号",
            "issuer": ["江西省商务厅"],
            "date": "2024-04-18",
            "published": "2024-04-19",
            "level": "provincial",
            "region": "江西省",
            "effective": None,
            "expires": None,
            "attachments": [J_ATT],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "赣江新区经济发展局", "省直有关单位"],
            "publicity": "此件主动公开",
            "pages": 4,
            "scanned": "every page is a JPEG picture; the text exists only as an invisible OCR layer (render mode 3)",
        },
        "clauses": jx_clauses,
        "applies_to": {
            "default": "江西省",
            "specific": {
                "二、（三）": "赣州市 / 南昌市 / 九江市 (赣州国际陆港, 南昌国际陆港, 九江港)",
                "二、（五）": "南昌市 / 赣州市 / 九江市 / 上饶市 (跨境电商综合试验区)",
                "附件 row 1": "赣州市南康区",
                "附件 row 2": "印度尼西亚中爪哇省 (a project abroad, carried out by a 江西 enterprise; 江西省 as fallback tolerable)",
                "附件 row 3": "南昌市青山湖区",
                "附件 row 4": "九江市濂溪区",
                "附件 row 5": "上饶市信州区",
                "附件 row 6": "景德镇市昌江区",
                "附件 row 7": "宜春市袁州区",
            },
            "note": "共建“一带一路”国家, 中亚/欧洲, 莫斯科/明斯克, 宁波舟山港/上海港 (destinations of 班列/航线) and 印度尼西亚/埃塞俄比亚/柬埔寨 in 二、（二） (host countries of the 合作区) do not move the clause out of 江西省; 南昌海关 (抄送), 中国出口信用保险公司江西分公司 are organs, not places. 赣江新区 in 主送 is a recipient.",
        },
        "_note": (
            "A scanned 公文: four page pictures (skew 0.6°, -0.4°, 0.8°, -0.3°), each with an invisible OCR text layer "
            "(render mode 3, STSong-Light, one text run per printed line, horizontally scaled to the printed width). "
            "PDF metadata Title is '20240419093512' (the scanner's file name) — not the title. "
            "Furniture, not clauses: 版头 (OCR: '江 西 省 商 务 厅 文 件', letter-spaced); 文号 line (OCR: '赣商务外经字 〔2024〕23号' — "
            "a space before 〔; doc_number must come out as 赣商务外经字〔2024〕23号); the title printed on TWO lines "
            "('江西省商务厅关于做好2024年全省' / '“一带一路”经贸合作重点工作的通知', must be joined with no space); 主送 line (→ recipients); "
            "the section headings 一、工作目标 / 二、重点任务 / 三、保障措施 (headings, tolerable as heading clauses; 一、工作目标 has its own "
            "paragraph which is the clause); 附件说明 '附件：2024年全省…重点项目表' (→ attachments; its OCR line is split into two runs, "
            "the second 2.6pt lower — it must not become two lines); 落款 江西省商务厅 + date (OCR '2024年4月18曰' — 曰 for 日: the 成文日期 "
            "must still be 2024-04-18); the seal's ring text read as a garbage line '沣西省商夯斤一 ★ ·' just before the 落款 "
            "(must not become a clause, the issuer, or be glued to the contact line); （此件主动公开）; the label 附件 and the 附件 title on p.4; "
            "'单位：万美元' above the table (unit, not a row); the table header row; the 合计 row (as a clause or dropped both tolerable); "
            "版记 (抄送… / 江西省商务厅办公室 2024年4月19日印发 → published); the page numbers, printed '— N —' and read by the OCR as "
            "lines '一 1 一', '- 2 -', '一 3 一', '- 4 -' (must not become clauses nor be glued into a paragraph — '一 1 一' "
            "sits between two lines of 二、（一）, which continues on p.2, and '- 2 -' inside 二、（五）, which continues on p.3). "
            "Every body paragraph is wrapped over several OCR lines (28 characters a line); a careful reader joins them back into one clause per "
            "paragraph (first line indented 2 characters), across page breaks, without inserted spaces. "
            "（一）…（六） under 二、 and （一）…（三） under 三、 are run-in 黑体 headings: heading + text = one clause. "
            "OCR mistakes an analyst needs undone to find a clause: '（ 三 ）做好宣传' (spaces inside the item number — the item must still be "
            "recognised as （三） and not glued to （二）); '一 带 一 路' inside the intro (a search for 一带一路 misses it); '企业己在' (己 for 已); "
            "'开行55〇列' (〇 for 0: a search for 550列 misses it); 'l.2亿元' (Latin l for 1 — the amount of the 专项资金); '2024年4月18曰' (the date). "
            "Tolerable if left as OCR'd (low) but better undone: the spaces. Splitting a line into two runs at different heights "
            "(p.2 '企业境外参展展位费给予最高70%的补助，' / '单个企业年度补助' (3.2pt lower); p.2 '（五）加快跨境电商海外仓布局。' / '截至2023年底，全省企' (2.8pt higher); and the 附件说明) must not split the clause. "
            "附件 table: OCR text is one line per printed row line, cells separated by spaces, each cell fragment placed at its x position; rows 1, 2, 3, 4, 5 "
            "wrap inside cells, so their second print line ('心扩能项目 兰', '哇省', '斯', '项目', '联酋') comes as a separate OCR line, and cells that do not wrap sit half a line lower than the first line of a wrapped cell (text extractors sorting by height print the upper fragments of a row, then the row, then the lower fragments) — a careful reader "
            "rebuilds 7 rows as '序号：…；项目名称：…；…' using the x positions of the fragments; a row-per-OCR-line dump with "
            "continuation fragments as separate clauses or glued into the next row is MEDIUM-HIGH (which project is in which city is lost)."
        ),
        "_pdf": {
            "pages": "1–3 notice (落款 + seal + （此件主动公开） on p.3), 4 附件 table + 版记",
            "text_layer": "invisible (Tr 3); the picture and the text layer are both skewed the same way, so baselines drift by up to ~4pt across a line",
            "no_word_file": "there is no .docx; the PDF is the file",
        },
    }
    fz_clauses = list(F_ARTS)
    fz = {
        "meta": {
            "title": F_TITLE,
            "doc_number": "榕自贸管〔2024〕6号",
            "issuer": ["中国（福建）自由贸易试验区福州片区管理委员会"],
            "date": "2024-06-12",
            "published": "2024-06-13",
            "level": "municipal",
            "region": "福建省福州市（中国（福建）自由贸易试验区福州片区）",
            "effective": "2024-07-01",
            "expires": "2026-06-30",
            "attachments": [],
            "doc_type": "实施细则",
            "recipients": [],
            "publicity": "此件主动公开",
            "pages": 2,
            "scanned": "every page is a JPEG picture; the text exists only as an invisible OCR layer (render mode 3)",
        },
        "clauses": fz_clauses,
        "applies_to": {
            "default": "中国（福建）自由贸易试验区福州片区（福建省福州市）",
            "specific": {
                "第五条": "江阴港区 (福州片区 / 福清市江阴)",
                "第六条": "福州保税港区",
            },
            "note": "共建“一带一路”国家港口 / 东盟国家港口 (第四条) are destinations of the 航线, not where the rule applies. 福州海关, 马尾区人民政府 (抄送) are recipients of copies. 福建省 as a whole is too broad (low).",
        },
        "_note": (
            "A scanned two-page 规范性文件: page pictures skewed 0.5° and -0.7°; invisible OCR text layer. PDF metadata Title "
            "'20240613154207' is the scanner's file name, not the title. Furniture: two-line red 版头 (OCR line 1 '中国(福建)自由贸易试验区' with "
            "half-width brackets; line 2 '福州片区管理委员会文件') — must not become the title; 文号 榕自贸管〔2024〕6号 + red rule; title printed on "
            "TWO lines ('中国（福建）自由贸易试验区福州片区' / '“丝路海运”航线培育资金实施细则'; OCR splits line 2 into two runs '“丝路海运”' / '航线培育资 金实施细则', the second 3pt lower, with a space in '培育资 金') → the title is the 实施细则's name with no space; 落款 organ + date (OCR '2〇24年6月12日' — 〇 for 0; the "
            "成文日期 is 2024-06-12) under a red seal; the seal's ring text read as a garbage line '申国 福 迮 自由贸易试 区 福州片区管埋委 ※ ★' "
            "(not a clause, not the issuer); （此件主动公开）; 版记 (抄送… / 福州片区管委会综合办公室 2024年6月13日印发 → published); page numbers "
            "read as '一 1 一' / '一 2 一'. 13 articles, each one clause, label 第一条…第十三条 (wrapped over 1–4 OCR lines each; 第八条 crosses the page "
            "break — its last line '航线运营情况进行申报。' is the first line of p.2, and the page number line '一 1 一' sits between). OCR mistakes an analyst needs undone: "
            "'第 七 条' (spaces in the article number — the article must still be found as 第七条, not glued to 第六条); '超过l万标箱' (l for 1, "
            "the threshold of 第七条); '追回己拨付' (己 for 已); '有效期至2026年6月3〇' / '日。' (〇 for 0, and the date wraps over two lines — expires must be 2026-06-30); "
            "'2〇24年6月12日' in the 落款. 第四条's second line is split into two runs at different heights ('的集装箱外贸航线，' / "
            "'每月稳定运营4个航次以上、连续运营满6个月的，', 3.4pt lower) — it must stay one article, in order. effective 2024-07-01 and expires 2026-06-30 come from 第十三条. Tolerable (low): the "
            "spaces left in, ASCII brackets in furniture."
        ),
        "_pdf": {
            "pages": "p.1 版头, 文号, title, 第一条…; p.2 the rest, 落款 + seal, （此件主动公开）, 版记",
            "no_word_file": "there is no .docx; the PDF is the file",
        },
    }
    return {"blind134_jxsw_notice": [jx], "blind134_fzpq_rules": [fz]}


def main():
    jx = build_jx()
    write_pdf(jx, os.path.join(HERE, "blind134_jxsw_notice.pdf"), [0.6, -0.4, 0.8, -0.3], "20240419093512")
    fz = build_fz()
    write_pdf(fz, os.path.join(HERE, "blind134_fzpq_rules.pdf"), [0.5, -0.7], "20240613154207")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)
    for name, d in (("jx", jx), ("fz", fz)):
        print(name, "pages", len(d.pages))


if __name__ == "__main__":
    main()
