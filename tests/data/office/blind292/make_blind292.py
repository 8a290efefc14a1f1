# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 292: PDFs as typesetting / printing / scanning tools make them.

Four fictional documents, drawn with reportlab the way non-Word producers do:
  1. blind292_liuzhou_tongzhi.pdf  - 飞腾/书版-like: every character placed at its own x,
     justified lines, wide-spaced title, squeezed full-width punctuation.
  2. blind292_xian_gongbao.pdf     - gazette pages (two columns) whose text objects are
     written out of reading order (footer, running head, right column, left column,
     the full-width head last; some lines' second half before the first half).
  3. blind292_henan_tongzhi.pdf    - "scanned" pages: grey rectangle for the image and an
     invisible OCR text layer (render mode 3), one text object per line, rise/baseline jitter,
     horizontal scaling to the OCR box width.
  4. blind292_heihe_banfa.pdf      - 书生/数科-printer-like: organ name of the 版头 drawn with
     horizontal scaling, 〔〕 of the 文号 from another font, Latin digits in Times.
Run:  . /work/venv/bin/activate && python make_blind292.py
"""
import json
import os
import random
import re

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
DROID = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'
# One CJK TrueType on the machine; registered under the names the offices' fonts have
for _n in ('FZFSK', 'FZXBSK', 'FZHTK', 'FZKTK'):   # 仿宋 / 小标宋 / 黑体 / 楷体 stand-ins
    pdfmetrics.registerFont(TTFont(_n, DROID))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
DROID_FONTS = ('FZFSK', 'FZXBSK', 'FZHTK', 'FZKTK')
_DROID_MAP = pdfmetrics.getFont('FZFSK').face.charToGlyph   # code point -> glyph id


def _ink_centres():
    """where the ink of each full-width punctuation glyph sits (fraction of the em)."""
    from fontTools.ttLib import TTFont as _FT
    ft = _FT(DROID)
    cmap, glyf, upm = ft.getBestCmap(), ft['glyf'], ft['head'].unitsPerEm
    out = {}
    for ch in '（《〔【「，。、；：？！）》〕】」':
        g = glyf[cmap[ord(ch)]]
        out[ch] = (g.xMin + g.xMax) / 2.0 / upm
    out['“'] = out['‘'] = 0.75      # STSong-Light quotes: ink in the right / left half
    out['”'] = out['’'] = 0.25
    return out


INK = _ink_centres()
OCR_FONT = 'STSong-Light'   # the OCR layer's font covers CJK and Latin (invisible anyway)

PW, PH = A4
RED = (0.86, 0.0, 0.0)
BLACK = (0, 0, 0)

OPEN = '（《“‘〔【「'
CLOSE = '，。、；：？！）》”’〕】」'

# GB/T 9704 grid
LEFT = 28 * mm
W = 156 * mm
TOP = PH - 37 * mm
BOTTOM = TOP - 225 * mm
PITCH = 225 * mm / 22
FS = 15.75            # 三号, 28 characters a line
TS = 22               # 二号 title


def is_ascii(ch):
    return ord(ch) < 128


# --------------------------------------------------------------------------- layout
class Ch:
    __slots__ = ('ch', 'font', 'size', 'w', 'dx', 'x')

    def __init__(self, ch, font, size, w, dx=0.0):
        self.ch, self.font, self.size, self.w, self.dx, self.x = ch, font, size, w, dx, 0.0


class Line:
    def __init__(self, chars, y, color=BLACK, gap=0.0, role='body', col=0):
        self.chars, self.y, self.color, self.gap, self.role, self.col = chars, y, color, gap, role, col

    @property
    def text(self):
        return ''.join(c.ch for c in self.chars)


class Page:
    def __init__(self):
        self.lines = []
        self.rules = []      # (x1, y, x2, width, color)
        self.head = []       # lines of a full-width head block (gazette)


def make_chars(text, font, size, ascii_font=None, runin=0, runin_font=None,
               squeeze=False, label=0, label_font=None):
    out = []
    for i, ch in enumerate(text):
        f = font
        if runin and i < runin:
            f = runin_font
        if label and i < label:
            f = label_font
        if ascii_font and is_ascii(ch):
            f = ascii_font
        if f in DROID_FONTS and ord(ch) not in _DROID_MAP:
            f = 'STSong-Light'          # quotes, dashes, Latin the CJK font lacks
        w = pdfmetrics.stringWidth(ch, f, size)
        dx = 0.0
        if squeeze and ch in OPEN + CLOSE:
            w = size * 0.5
            dx = (0.25 - INK.get(ch, 0.5)) * size
        out.append(Ch(ch, f, size, w, dx))
    return out


def tokens_of(chars):
    """group runs of Latin letters/digits so they never break."""
    toks, cur = [], []
    for c in chars:
        if is_ascii(c.ch) and re.match(r'[A-Za-z0-9.\-%/@]', c.ch):
            cur.append(c)
            continue
        if cur:
            toks.append(cur)
            cur = []
        toks.append([c])
    if cur:
        toks.append(cur)
    return toks


def break_lines(chars, width_first, width_rest, tracking=0.0):
    toks = tokens_of(chars)
    lines, cur, curw, avail = [], [], 0.0, width_first

    def tw(tok):
        return sum(c.w for c in tok) + tracking * len(tok)

    for tok in toks:
        t = tw(tok)
        if not cur or curw + t - tracking <= avail + 0.3:
            cur.append(tok)
            curw += t
        elif len(tok) == 1 and tok[0].ch in CLOSE:      # 避头: squeeze the punctuation in
            cur.append(tok)
            curw += t
        else:
            carry = []
            while len(cur) > 1 and cur[-1][-1].ch in OPEN:   # 避尾
                carry.insert(0, cur.pop())
            lines.append((avail, [c for tk in cur for c in tk]))
            avail = width_rest
            cur = carry + [tok]
            curw = sum(tw(x) for x in cur)
    if cur:
        lines.append((avail, [c for tk in cur for c in tk]))
    return lines


def place(chars, x0, avail, align, last, tracking=0.0):
    n = len(chars)
    nat = sum(c.w for c in chars) + tracking * (n - 1)
    gap = tracking
    if align == 'justify' and not last and n > 1:
        gap = tracking + (avail - nat) / (n - 1)
        start = x0
    elif align == 'center':
        start = x0 + (avail - nat) / 2
    elif align == 'right':
        start = x0 + avail - nat
    else:
        start = x0
    x = start
    for c in chars:
        c.x = x
        x += c.w + gap
    return gap


class GBFlow:
    """single-column flow on the GB/T 9704 grid."""

    def __init__(self, left=LEFT, width=W, top=TOP, bottom=BOTTOM, pitch=PITCH):
        self.left, self.width, self.top, self.bottom, self.pitch = left, width, top, bottom, pitch
        self.pages = [Page()]
        self.y = top

    @property
    def page(self):
        return self.pages[-1]

    def newpage(self):
        self.pages.append(Page())
        self.y = self.top

    def blank(self, n=1):
        self.y -= self.pitch * n
        if self.y - self.pitch < self.bottom - 1:
            self.newpage()

    def para(self, text, font='FZFSK', size=FS, indent=2, align='justify', color=BLACK,
             squeeze=False, tracking=0.0, rindent=0, pitch=None, ascii_font='Times-Roman',
             runin=0, runin_font='FZKTK', label=0, label_font='FZHTK', role='body',
             hanging=None):
        pitch = pitch or self.pitch
        chars = make_chars(text, font, size, ascii_font, runin, runin_font, squeeze, label, label_font)
        first = self.width - (indent + rindent) * size
        rest_ind = hanging if hanging is not None else 0
        rest = self.width - (rest_ind + rindent) * size
        if align in ('center', 'right'):
            first = rest = self.width - rindent * size
        lines = break_lines(chars, first, rest, tracking)
        for i, (avail, lc) in enumerate(lines):
            if self.y - pitch < self.bottom - 1:
                self.newpage()
            base = self.y - pitch * 0.5 - size * 0.36
            if align in ('center', 'right'):
                x0 = self.left
            else:
                x0 = self.left + (indent if i == 0 else rest_ind) * size
            gap = place(lc, x0, avail, align, i == len(lines) - 1, tracking)
            self.page.lines.append(Line(lc, base, color, gap, role))
            self.y -= pitch

    def text_at(self, page, text, x, y, font, size, color=BLACK, tracking=0.0, role='body',
                ascii_font='Times-Roman', align='left', width=0):
        chars = make_chars(text, font, size, ascii_font)
        gap = place(chars, x, width, align, True, tracking)
        page.lines.append(Line(chars, y, color, gap, role))
        return chars


def gb_page_numbers(flow, font='FZFSK', size=14):
    for i, pg in enumerate(flow.pages, 1):
        txt = '— %d —' % i
        y = BOTTOM - 7 * mm - size * 0.8
        if i % 2:
            flow.text_at(pg, txt, LEFT, y, font, size, align='right', width=W - size, role='pageno')
        else:
            flow.text_at(pg, txt, LEFT + size, y, font, size, role='pageno')


def gb_banji(flow, chaosong, organ, date_text, size=14):
    """版记 at the bottom of the last page; needs ~64pt free."""
    if flow.y - 66 < BOTTOM:
        flow.newpage()
    pg = flow.page
    pg.rules.append((LEFT, BOTTOM + 50, LEFT + W, 1.0, BLACK))
    chars = make_chars(chaosong, 'FZFSK', size, 'Times-Roman')
    lines = break_lines(chars, W - 2 * size, W - 2 * size - 3 * size)
    y = BOTTOM + 33 + 20 * (len(lines) - 1)
    if len(lines) > 1:
        pg.rules[-1] = (LEFT, y + 17, LEFT + W, 1.0, BLACK)
    for i, (avail, lc) in enumerate(lines):
        x0 = LEFT + size * (1 if i == 0 else 4)
        gap = place(lc, x0, avail, 'justify', i == len(lines) - 1)
        pg.lines.append(Line(lc, y, BLACK, gap, 'banji'))
        y -= 20
    pg.rules.append((LEFT, BOTTOM + 25, LEFT + W, 0.7, BLACK))
    flow.text_at(pg, organ, LEFT + size, BOTTOM + 8, 'FZFSK', size, role='banji')
    flow.text_at(pg, date_text, LEFT, BOTTOM + 8, 'FZFSK', size, role='banji', align='right',
                 width=W - size)
    pg.rules.append((LEFT, BOTTOM, LEFT + W, 1.0, BLACK))


def gb_body(flow, body, **kw):
    """body items: ('h1'|'h2'|'c'|'p', text, opts)."""
    for item in body:
        kind, text = item[0], item[1]
        opts = dict(item[2]) if len(item) > 2 else {}
        opts.pop('cont', None)
        opts.pop('table', None)
        if kind == 'h1':
            flow.para(text, font='FZHTK', **kw)
        elif kind == 'h2':
            flow.para(text, font='FZKTK', **kw)
        elif kind == 'tbl':
            draw_table(flow, item[2]['table'])
        else:
            flow.para(text, **dict(kw, **opts))
            for extra in (item[2].get('cont', []) if len(item) > 2 else []):
                flow.para(extra, **kw)


def draw_table(flow, tb, size=12):
    """grid table; tb = dict(cols=[w...], header=[...], rows=[[...]], merge=[(col,row0,row1)])."""
    cols = tb['cols']
    scale = W / sum(cols)
    cw = [c * scale for c in cols]
    xs = [LEFT]
    for c in cw:
        xs.append(xs[-1] + c)
    lead = size * 1.45
    allrows = [tb['header']] + tb['rows']
    merged = {}
    for (ci, r0, r1) in tb.get('merge', []):
        for r in range(r0, r1 + 1):
            merged[(ci, r + 1)] = (r0 + 1, r1 + 1)
    # wrap each cell
    wrapped = []
    for r, row in enumerate(allrows):
        wr = []
        for ci, cell in enumerate(row):
            chars = make_chars(cell, 'FZHTK' if r == 0 else 'FZFSK', size, 'Times-Roman')
            wr.append(break_lines(chars, cw[ci] - 8, cw[ci] - 8))
        wrapped.append(wr)
    heights = []
    for r, wr in enumerate(wrapped):
        n = max(len(x) for ci, x in enumerate(wr) if (ci, r) not in merged)
        heights.append(max(n * lead + 10, 26))
    total = sum(heights)
    if flow.y - total < BOTTOM:
        flow.newpage()
    pg = flow.page
    top = flow.y - 4
    ys = [top]
    for h in heights:
        ys.append(ys[-1] - h)
    # horizontal rules (skip inside merged spans for that column)
    for r in range(len(ys)):
        y = ys[r]
        for ci in range(len(cw)):
            inside = False
            if 0 < r < len(allrows):
                a = merged.get((ci, r - 1))
                b = merged.get((ci, r))
                if a and b and a == b:
                    inside = True
            if not inside:
                pg.rules.append((xs[ci], y, xs[ci + 1], 0.8, BLACK))
    for x in xs:
        pg.rules.append(('v', x, ys[0], ys[-1], 0.8))
    # cell text
    done = set()
    for r, wr in enumerate(wrapped):
        for ci, lines in enumerate(wr):
            span = merged.get((ci, r))
            if span:
                if (ci, span) in done:
                    continue
                done.add((ci, span))
                ytop, ybot = ys[span[0]], ys[span[1] + 1]
            else:
                ytop, ybot = ys[r], ys[r + 1]
            hh = len(lines) * lead
            y = (ytop + ybot) / 2 + hh / 2 - lead * 0.5 - size * 0.36
            for avail, lc in lines:
                gap = place(lc, xs[ci] + 4, cw[ci] - 8, 'center', True)
                pg.lines.append(Line(lc, y, BLACK, gap, 'table'))
                y -= lead
    flow.y = ys[-1] - 6


# --------------------------------------------------------------------------- renderers
def draw_rules(c, pg):
    for r in pg.rules:
        if r[0] == 'v':
            _, x, y1, y2, wdt = r
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(wdt)
            c.line(x, y1, x, y2)
        else:
            x1, y, x2, wdt, col = r
            c.setStrokeColorRGB(*col)
            c.setLineWidth(wdt)
            c.line(x1, y, x2, y)


def runs_of(chars):
    runs = []
    for ch in chars:
        if runs and runs[-1][0] == ch.font and runs[-1][1] == ch.size:
            runs[-1][2].append(ch)
        else:
            runs.append([ch.font, ch.size, [ch]])
    return runs


def draw_line_runs(c, line, chars=None, hscale=None, mode=None, rise=None, dy=0.0):
    """one text object for (part of) a line; font switches inside; Tc = line gap."""
    chars = chars if chars is not None else line.chars
    if not chars:
        return
    t = c.beginText()
    # Tr, Tz and Ts belong to the graphics state and outlive ET: always state them
    t._code.append('%d Tr' % (mode or 0))
    t._textRenderMode = mode or 0
    t.setHorizScale(hscale if hscale is not None else 100)
    t.setRise(rise or 0)
    t.setFillColorRGB(*line.color)
    t.setCharSpace(line.gap)
    t.setTextOrigin(chars[0].x, line.y + dy)
    for font, size, cs in runs_of(chars):
        t.setFont(font, size)
        t.textOut(''.join(x.ch for x in cs))
    c.drawText(t)


def render_perchar(path, flow, meta):
    """方正/飞腾-like: each glyph positioned by itself (a Tm per glyph, spaces never drawn)."""
    c = canvas.Canvas(path, pagesize=A4)
    c.setCreator(meta.get('creator', ''))
    c.setProducer(meta.get('producer', ''))
    if meta.get('title'):
        c.setTitle(meta['title'])
    for pg in flow.pages:
        draw_rules(c, pg)
        for ln in pg.lines:
            if ln.role in ('organ', 'title', 'pageno'):
                # separate text object for every glyph
                for ch in ln.chars:
                    if ch.ch.isspace():
                        continue
                    c.setFillColorRGB(*ln.color)
                    c.setFont(ch.font, ch.size)
                    c.drawString(ch.x + ch.dx, ln.y, ch.ch)
                continue
            t = c.beginText()
            t.setFillColorRGB(*ln.color)
            for ch in ln.chars:
                if ch.ch.isspace():
                    continue
                t.setFont(ch.font, ch.size)
                t.setTextOrigin(ch.x + ch.dx, ln.y)
                t.textOut(ch.ch)
            c.drawText(t)
        c.showPage()
    c.save()


def render_ocr(path, flow, meta, seed=292):
    """scan + invisible OCR layer: grey rectangle, each line a text object, Tr 3, jitter, Tz to box."""
    rnd = random.Random(seed)
    c = canvas.Canvas(path, pagesize=A4)
    c.setCreator(meta.get('creator', ''))
    c.setProducer(meta.get('producer', ''))
    if meta.get('title'):
        c.setTitle(meta['title'])
    for pg in flow.pages:
        # the "scanned image": a grey sheet, slightly skewed in place, with darker blocks where ink is
        c.setFillGray(0.90)
        c.rect(3, 2, PW - 5, PH - 4, stroke=0, fill=1)
        c.setFillGray(0.78)
        for ln in pg.lines:
            x0 = ln.chars[0].x
            x1 = ln.chars[-1].x + ln.chars[-1].w
            sz = ln.chars[0].size
            c.rect(x0, ln.y - sz * 0.12, x1 - x0, sz * 0.85, stroke=0, fill=1)
        for r in pg.rules:
            if r[0] != 'v':
                c.rect(r[0], r[1] - 0.6, r[2] - r[0], 1.2, stroke=0, fill=1)
        for ln in pg.lines:
            chars = [ch for ch in ln.chars if not ch.ch.isspace() or ln.role == 'body']
            if not chars:
                continue
            text = ''.join(ch.ch for ch in chars)
            x0 = chars[0].x
            target = chars[-1].x + chars[-1].w - x0
            size = chars[0].size
            nat = pdfmetrics.stringWidth(text, OCR_FONT, size)
            hs = 100.0 * target / nat if nat else 100.0
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setHorizScale(round(hs, 2))
            t.setRise(round(rnd.uniform(-0.7, 0.7), 2))
            t.setFont(OCR_FONT, size)
            t.setTextOrigin(x0 + rnd.uniform(-0.8, 0.8), ln.y + rnd.uniform(-1.1, 1.1))
            t.textOut(text)
            c.drawText(t)
        c.showPage()
    c.save()


def render_printer(path, flow, meta):
    """书生/数科 printer-like: one text object a line, Tc for justification, font switches inside."""
    c = canvas.Canvas(path, pagesize=A4)
    c.setCreator(meta.get('creator', ''))
    c.setProducer(meta.get('producer', ''))
    if meta.get('title'):
        c.setTitle(meta['title'])
    for pg in flow.pages:
        draw_rules(c, pg)
        for ln in pg.lines:
            if ln.role == 'organ':
                draw_line_runs(c, ln, hscale=meta['organ_scale'])
            else:
                draw_line_runs(c, ln)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------- helpers for docs
def clauses_of(body):
    out = []
    for item in body:
        kind = item[0]
        opts = item[2] if len(item) > 2 else {}
        if kind == 'c':
            out.append('\n'.join([item[1]] + list(opts.get('cont', []))))
        elif kind == 'tbl':
            tb = opts['table']
            for row in tb['rows']:
                out.append('；'.join('%s：%s' % (h, v) for h, v in zip(tb['header'], row)))
    return out


# =========================================================================== doc 1
D1_BODY = [
    ('c', '为贯彻落实《中国（广西）自由贸易试验区建设实施方案》和《柳州市加快发展跨境电子商务三年行动方案（2024—2026年）》，支持我市企业发挥面向东盟的区位优势、拓展共建“一带一路”国家和地区市场，现就组织申报2025年度柳州市跨境电子商务发展专项资金项目有关事项通知如下。'),
    ('h1', '一、支持对象和条件'),
    ('c', '申报单位应同时符合以下条件：'),
    ('c', '（一）在柳州市行政区域内依法注册登记，具有独立法人资格，纳税和统计关系在本市；'),
    ('c', '（二）2024年1月1日以来以跨境电商监管方式（9610、9710、9810、1210）申报的进出口额不低于300万元；'),
    ('c', '（三）近三年未发生重大安全生产、环境污染、产品质量事故，未被列入严重失信主体名单；'),
    ('c', '（四）同一项目未获得其他市级财政资金支持。'),
    ('h1', '二、支持内容和标准'),
    ('h2', '（一）跨境电商主体培育。'),
    ('c', '1.对2024年跨境电商进出口额首次突破1000万元、5000万元、1亿元的企业，分别给予10万元、30万元、50万元一次性奖励。同一企业按就高原则不重复奖励。'),
    ('c', '2.对2024年新认定为自治区级跨境电子商务示范企业的，给予20万元奖励。'),
    ('c', '（二）海外仓建设。对在共建“一带一路”国家和地区新建或租赁面积2000平方米以上、年度服务本市企业不少于10家的公共海外仓，按项目实际投入的30%给予补助，单个项目最高不超过100万元。', {'runin': 9}),
    ('h2', '（三）综合保税区业务拓展。'),
    ('c', '1.对在柳州综合保税区内开展跨境电商网购保税进口（1210）业务的企业，按年度实际进口额分档给予补助：'),
    ('c', '（1）进口额在500万元（含）至2000万元之间的，给予5万元补助；'),
    ('c', '（2）进口额在2000万元（含）以上的，给予15万元补助。'),
    ('c', '2.对在柳州综合保税区内新设立跨境电商监管作业场所并通过海关验收的企业，给予一次性补助20万元。'),
    ('c', '（四）人才培训。对经市商务局备案、年度培训本市跨境电商从业人员500人次以上的培训机构，按每人次200元给予补助，单个机构最高不超过30万元。', {'runin': 8}),
    ('h1', '三、申报材料'),
    ('c', '（一）柳州市跨境电子商务发展专项资金申报表（附件1）；'),
    ('c', '（二）企业营业执照复印件；'),
    ('c', '（三）海关出具的跨境电商进出口数据证明或者国际贸易“单一窗口”导出的申报数据；'),
    ('c', '（四）项目投入的合同、发票及银行付款凭证；'),
    ('c', '（五）申报单位信用承诺书（附件2）。'),
    ('c', '申报材料一式两份，按上述顺序装订成册，同时提交电子版。'),
    ('h1', '四、申报程序'),
    ('c', '（一）企业申报。申报单位于2025年4月30日前将申报材料报送注册地县（区）商务局。', {'runin': 7}),
    ('c', '（二）初审推荐。各县（区）商务局会同同级财政局对申报材料进行初审，于2025年5月20日前将初审意见和推荐名单报送市商务局、市财政局。', {'runin': 7}),
    ('c', '（三）审核公示。市商务局会同市财政局委托第三方机构进行审核，审核结果在市商务局门户网站公示5个工作日。', {'runin': 7}),
    ('c', '（四）资金拨付。公示无异议的，由市财政局按规定拨付资金。', {'runin': 7}),
    ('h1', '五、有关要求'),
    ('c', '（一）申报单位对申报材料的真实性负责。对弄虚作假、骗取专项资金的，一经查实，收回已拨付资金，并依照《财政违法行为处罚处分条例》等规定处理。'),
    ('c', '（二）各县（区）商务局要加强政策宣传和申报辅导，确保符合条件的企业应报尽报。'),
    ('c', '（三）联系人及电话：市商务局电子商务科韦工，0772-2860316；市财政局经济建设科覃工，0772-2826741。'),
]


def build_doc1():
    flow = GBFlow()
    pg = flow.page
    # joint 版头: two organ names stacked, 文件 on the right
    osz = 34
    nw = 6 * osz
    tot = nw + 20 + 2 * osz
    x0 = LEFT + (W - tot) / 2
    y1 = TOP - 38
    y2 = y1 - 46
    flow.text_at(pg, '柳州市商务局', x0, y1, 'FZXBSK', osz, RED, role='organ')
    flow.text_at(pg, '柳州市财政局', x0, y2, 'FZXBSK', osz, RED, role='organ')
    flow.text_at(pg, '文件', x0 + nw + 20, (y1 + y2) / 2 - 4, 'FZXBSK', osz + 6, RED, role='organ')
    ydoc = y2 - 2 * PITCH + 6
    flow.text_at(pg, '柳商务发〔2025〕23号', LEFT, ydoc, 'FZFSK', FS, align='center', width=W, role='docno')
    yr = ydoc - 4 * mm - 4
    pg.rules.append((LEFT, yr, LEFT + W, 1.6, RED))
    flow.y = yr - PITCH * 0.9
    # wide-spaced title, squeezed nothing, every glyph its own text object
    for tl in ['关于组织申报2025年度柳州市', '跨境电子商务发展专项资金项目的通知']:
        flow.para(tl, font='FZXBSK', size=TS, indent=0, align='center', tracking=TS * 0.18 if len(tl) < 16 else TS * 0.08,
                  role='title', ascii_font='Times-Roman', pitch=PITCH * 1.15)
    flow.blank()
    kw = dict(squeeze=True)
    flow.para('各县（区）商务局、各县（区）财政局，柳东新区经济发展局，有关企业：', indent=0, **kw)
    gb_body(flow, D1_BODY, **kw)
    flow.blank()
    flow.para('附件：1.柳州市跨境电子商务发展专项资金申报表', indent=2, squeeze=True)
    flow.para('2.申报单位信用承诺书', indent=5, squeeze=True)
    flow.blank(2)
    flow.para('柳州市商务局　　　　柳州市财政局', align='right', rindent=2, indent=0)
    flow.para('2025年3月18日', align='right', rindent=4, indent=0)
    flow.para('（此件公开发布）', indent=2, align='left', squeeze=True)
    gb_banji(flow, '抄送：市人民政府办公室，市审计局。', '柳州市商务局办公室', '2025年3月19日印发')
    gb_page_numbers(flow)
    path = os.path.join(HERE, 'blind292_liuzhou_tongzhi.pdf')
    render_perchar(path, flow, dict(creator='FounderFIT 5.3', producer='Founder PDF Library 9.0',
                                    title='柳商务发23号'))
    return path, len(flow.pages)


D1_EXPECTED = {
    'meta': {
        'title': '关于组织申报2025年度柳州市跨境电子商务发展专项资金项目的通知',
        'doc_number': '柳商务发〔2025〕23号',
        'issuer': ['柳州市商务局', '柳州市财政局'],
        'date': '2025-03-18',
        'published': '2025-03-19',
        'level': 'municipal',
        'region': '柳州市',
        'effective': None,
        'expires': None,
        'attachments': ['柳州市跨境电子商务发展专项资金申报表', '申报单位信用承诺书'],
        'doc_type': '通知',
        'recipients': ['各县（区）商务局', '各县（区）财政局', '柳东新区经济发展局', '有关企业'],
        'publicity': '此件公开发布',
        'repeals': None,
    },
    'clauses': clauses_of(D1_BODY),
    'applies_to': {'specific': {
        '1.对在柳州综合保税区内开展跨境电商网购保税进口': ['柳州综合保税区'],
        '（1）进口额在500万元（含）至2000万元之间的': ['柳州综合保税区'],
        '（2）进口额在2000万元（含）以上的，给予15万元补助': ['柳州综合保税区'],
        '2.对在柳州综合保税区内新设立跨境电商监管作业场所': ['柳州综合保税区'],
    }},
}


# =========================================================================== doc 2 (gazette)
D2_PROM = '《西安市中欧班列集结中心运营服务管理办法》已经2024年6月18日市人民政府第73次常务会议通过，现予公布，自2024年8月1日起施行。'
D2_BODY = [
    ('ch', '第一章　总　则'),
    ('c', '第一条　为了规范中欧班列集结中心运营服务，提升国际物流通道效能，服务共建“一带一路”和内陆地区改革开放高地建设，根据《中华人民共和国海关法》《中华人民共和国铁路法》等法律、法规，结合本市实际，制定本办法。'),
    ('c', '第二条　本市行政区域内中欧班列集结中心的运营服务及其监督管理活动，适用本办法。',
     {'cont': ['本办法所称中欧班列集结中心（以下简称集结中心），是指经国家有关部门确定，承担中欧班列货源集结、班列编组、分拨配送等功能的铁路枢纽场站及其配套设施。']}),
    ('c', '第三条　市人民政府加强对集结中心建设运营工作的领导，统筹协调解决重大问题。',
     {'cont': ['市商务部门负责集结中心运营服务的综合协调和监督管理工作。发展改革、交通运输、财政、市场监管、口岸管理等部门按照各自职责做好相关工作。']}),
    ('c', '第四条　集结中心运营服务应当遵循市场运作、公平开放、安全便捷、绿色高效的原则。'),
    ('ch', '第二章　运营服务'),
    ('c', '第五条　集结中心运营企业（以下简称运营企业）应当通过门户网站等渠道公开班列开行计划、运价标准、服务流程和投诉渠道，不得对同等条件的客户实施差别待遇。'),
    ('c', '第六条　运营企业应当为中小微企业提供拼箱、拼柜服务，支持单箱起运，不得设置不合理的最低货量要求。'),
    ('c', '第七条　运营企业应当会同海关、铁路等单位推行“一次申报、一次查验、一次放行”通关模式，推动班列运单、提单电子化，探索铁路运单物权化。'),
    ('c', '第八条　在西安综合保税区内设立的班列集拼仓库，可以按照海关监管要求开展保税货物与非保税货物同仓存储、集拼分拨业务。'),
    ('c', '第九条　鼓励运营企业与共建“一带一路”国家和地区的铁路、港口、物流企业开展合作，在阿拉木图、杜伊斯堡、马拉舍维奇等节点城市布局海外仓和分拨中心。'),
    ('c', '第十条　运营企业应当建立健全安全生产责任制度，对危险货物、冷链货物等特殊货物实行专区存放、专人管理。'),
    ('c', '第十一条　运营企业应当按照规定向市商务部门报送班列开行数量、货值、货源地、回程货物比例等运营数据，并对数据的真实性负责。'),
    ('ch', '第三章　促进与保障'),
    ('c', '第十二条　市财政部门根据班列开行质量、回程货物比例、本地货源占比等因素，统筹安排资金支持集结中心建设运营。具体办法由市商务部门会同市财政部门另行制定。'),
    ('c', '第十三条　对从西安国际港站始发、经霍尔果斯或者阿拉山口口岸出境的跨境电商专列，市商务部门应当会同海关、铁路等单位优先安排线路和舱位。'),
    ('c', '第十四条　市商务部门应当建立运营服务质量评价制度，每年组织开展评价，评价结果向社会公布，并作为资金支持的重要依据。'),
    ('ch', '第四章　法律责任'),
    ('c', '第十五条　运营企业违反本办法第五条规定，未公开运价标准或者实施差别待遇的，由市商务部门责令限期改正；逾期不改正的，暂停其享受本市相关扶持政策。'),
    ('c', '第十六条　运营企业违反本办法第十一条规定，报送虚假运营数据骗取扶持资金的，由市商务部门追回已拨付资金；构成犯罪的，依法追究刑事责任。'),
    ('c', '第十七条　有关部门及其工作人员在集结中心监督管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。'),
    ('ch', '第五章　附　则'),
    ('c', '第十八条　本办法自2024年8月1日起施行。2019年3月1日起施行的《西安市国际货运班列运营扶持暂行办法》同时废止。'),
]

G_LM = 22 * mm
G_GUT = 7 * mm
G_COLW = (PW - 2 * G_LM - G_GUT) / 2
G_TOP = PH - 27 * mm
G_BOT = 24 * mm
G_FS = 11
G_PITCH = 17.2


class ColFlow:
    def __init__(self, first_page_top):
        self.pages = [Page()]
        self.col = 0
        self.top_first = first_page_top
        self.y = first_page_top

    @property
    def page(self):
        return self.pages[-1]

    def colx(self):
        return G_LM + self.col * (G_COLW + G_GUT)

    def advance(self):
        if self.col == 0:
            self.col = 1
            self.y = self.top_first if len(self.pages) == 1 else G_TOP
        else:
            self.pages.append(Page())
            self.col = 0
            self.y = G_TOP

    def para(self, text, font='STSong-Light', size=G_FS, indent=2, align='justify', label=0,
             label_font='FZHTK', mode=None, rindent=0, space_before=0.0):
        self.y -= space_before
        chars = make_chars(text, font, size, None, 0, None, False, label, label_font)
        first = G_COLW - (indent + rindent) * size
        rest = G_COLW - rindent * size
        if align in ('center', 'right'):
            first = rest = G_COLW - rindent * size
        lines = break_lines(chars, first, rest)
        for i, (avail, lc) in enumerate(lines):
            if self.y - G_PITCH < G_BOT:
                self.advance()
            base = self.y - G_PITCH * 0.5 - size * 0.36
            x0 = self.colx() + (indent * size if (i == 0 and align == 'justify') else 0)
            gap = place(lc, x0, avail, align, i == len(lines) - 1)
            ln = Line(lc, base, BLACK, gap, 'body', self.col)
            ln.mode = mode
            self.page.lines.append(ln)
            self.y -= G_PITCH


def build_doc2():
    head_bottom = PH - 27 * mm - 62
    flow = ColFlow(head_bottom)
    p1 = flow.page
    # full-width head block (drawn last)
    c1 = make_chars('西安市人民政府令', 'FZXBSK', 22)
    place(c1, G_LM, PW - 2 * G_LM, 'center', True, 6)
    p1.head.append(Line(c1, PH - 27 * mm - 24, BLACK, 6, 'head'))
    c2 = make_chars('第158号', 'STSong-Light', 14)
    place(c2, G_LM, PW - 2 * G_LM, 'center', True)
    p1.head.append(Line(c2, PH - 27 * mm - 48, BLACK, 0, 'head'))
    p1.rules.append((G_LM + 150, head_bottom + 4, PW - G_LM - 150, 0.6, BLACK))

    flow.para(D2_PROM)
    flow.para('市长　周立新', align='right', indent=0, rindent=2)
    flow.para('2024年6月26日', align='right', indent=0, rindent=2)
    flow.y -= G_PITCH * 0.6
    flow.para('西安市中欧班列集结中心', font='STSong-Light', size=15, indent=0, align='center', mode=2)
    flow.para('运营服务管理办法', font='STSong-Light', size=15, indent=0, align='center', mode=2)
    flow.y -= G_PITCH * 0.4
    for item in D2_BODY:
        kind, text = item[0], item[1]
        if kind == 'ch':
            flow.para(text, font='FZHTK', indent=0, align='center', space_before=G_PITCH * 0.3)
        else:
            lab = text.index('　')
            flow.para(text, label=lab)
            for extra in (item[2].get('cont', []) if len(item) > 2 else []):
                flow.para(extra)

    first_no = 23
    path = os.path.join(HERE, 'blind292_xian_gongbao.pdf')
    c = canvas.Canvas(path, pagesize=A4)
    c.setCreator('方正书版 2008')
    c.setProducer('Founder Electronics PSPNT 4.0')
    c.setTitle('XAZFGB2024-14.p23-24')
    k = 0
    for pi, pg in enumerate(flow.pages):
        no = first_no + pi
        # 1) footer first
        fch = make_chars('·%d·' % no, 'Times-Roman', 10)
        place(fch, 0, PW, 'center', True)
        draw_line_runs(c, Line(fch, 13 * mm, BLACK, 0))
        # 2) running head
        if no % 2:
            rh_l, rh_r = '市政府令', '西安市人民政府公报　2024年第14期'
        else:
            rh_l, rh_r = '西安市人民政府公报　2024年第14期', '市政府令'
        yh = PH - 18 * mm
        rl = make_chars(rh_l, 'FZKTK', 9, 'Times-Roman')
        place(rl, G_LM, PW - 2 * G_LM, 'left', True)
        rr = make_chars(rh_r, 'FZKTK', 9, 'Times-Roman')
        place(rr, G_LM, PW - 2 * G_LM, 'right', True)
        draw_line_runs(c, Line(rr, yh, BLACK, 0))
        draw_line_runs(c, Line(rl, yh, BLACK, 0))
        c.setLineWidth(0.8)
        c.line(G_LM, yh - 5, PW - G_LM, yh - 5)
        c.setLineWidth(0.3)
        c.line(G_LM, yh - 7, PW - G_LM, yh - 7)
        draw_rules(c, pg)
        # 3) right column before the left column; some lines' second half before the first
        for col in (1, 0):
            for ln in [x for x in pg.lines if x.col == col]:
                mode = getattr(ln, 'mode', None)
                k += 1
                if mode == 2:
                    c.setLineWidth(0.35)
                    c.setStrokeColorRGB(0, 0, 0)
                if k % 4 == 2 and len(ln.chars) > 10:
                    mid = len(ln.chars) // 2
                    draw_line_runs(c, ln, ln.chars[mid:], mode=mode)
                    draw_line_runs(c, ln, ln.chars[:mid], mode=mode)
                else:
                    draw_line_runs(c, ln, mode=mode)
        # 4) the full-width head block last
        for ln in pg.head:
            draw_line_runs(c, ln)
        c.showPage()
    c.save()
    return path, len(flow.pages)


D2_EXPECTED = {
    'meta': {
        'title': '西安市中欧班列集结中心运营服务管理办法',
        'doc_number': '西安市人民政府令第158号',
        'issuer': ['西安市人民政府'],
        'date': '2024-06-26',
        'published': '2024-06-26',     # a 令 is 公布 on the day it is signed (“现予公布”)
        'level': 'municipal',
        'region': '西安市',
        'effective': '2024-08-01',
        'expires': None,
        'attachments': [],
        'doc_type': '办法',
        'recipients': [],
        'publicity': None,
        'repeals': '西安市国际货运班列运营扶持暂行办法',
    },
    'clauses': [D2_PROM] + clauses_of(D2_BODY),
    'applies_to': {'specific': {
        '第八条　在西安综合保税区内设立的班列集拼仓库': ['西安综合保税区'],
    }},
}


# =========================================================================== doc 3 (scan + OCR)
D3_BODY = [
    ('c', '为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》，推动全省跨境电子商务高质量发展，更好服务和融入共建“一带一路”，根据《河南省跨境电子商务示范园区和示范企业认定管理办法》（豫商电商〔2023〕11号），决定开展2025年度省级跨境电子商务示范园区和示范企业认定工作。现将有关事项通知如下：'),
    ('h1', '一、认定数量'),
    ('c', '2025年拟认定省级跨境电子商务示范园区不超过5个、示范企业不超过30家。'),
    ('h1', '二、申报条件'),
    ('h2', '（一）示范园区。'),
    ('c', '1.园区由县级以上人民政府或者其派出机构批准设立，有明确的四至范围和专门的运营管理机构；'),
    ('c', '2.园区内入驻跨境电商企业不少于30家，2024年园区跨境电商进出口额不低于5亿元；'),
    ('c', '3.园区具备海关监管作业场所，或者与综合保税区、保税物流中心（B型）建立协作机制。'),
    ('h2', '（二）示范企业。'),
    ('c', '1.在河南省内注册，具有独立法人资格，2024年跨境电商进出口额不低于3000万元；'),
    ('c', '2.拥有自主品牌或者自建独立站，在共建“一带一路”国家和地区设有海外仓、展示中心或者营销网络；'),
    ('c', '3.近两年未发生严重违法失信行为。'),
    ('c', '（三）中国（河南）自由贸易试验区郑州片区、开封片区、洛阳片区内的园区申报示范园区的，2024年园区跨境电商进出口额条件放宽至3亿元。'),
    ('h1', '三、申报程序'),
    ('c', '（一）各省辖市、济源示范区、航空港区商务主管部门负责组织本地区申报工作，对申报材料的真实性、完整性进行审核，于2025年6月15日前将推荐文件及申报材料（纸质版一式三份及电子版）报送省商务厅电子商务处。'),
    ('c', '（二）省商务厅委托第三方机构组织专家评审，必要时进行实地核查。评审结果经厅党组会议研究后在省商务厅门户网站公示，公示期为7天。'),
    ('c', '（三）公示无异议的，由省商务厅发文认定。'),
    ('h1', '四、动态管理'),
    ('c', '（一）省级跨境电子商务示范园区和示范企业实行动态管理，认定有效期为3年。'),
    ('c', '（二）示范园区和示范企业应当于每年3月31日前报送上一年度工作总结和主要指标完成情况。'),
    ('c', '（三）对有效期内发生重大安全事故、严重违法失信行为或者连续两年主要指标达不到认定条件的，撤销其认定。'),
    ('h1', '五、联系方式'),
    ('c', '省商务厅电子商务处，联系电话：0371-63571208。'),
]


def build_doc3():
    flow = GBFlow()
    pg = flow.page
    osz = 40
    flow.text_at(pg, '河南省商务厅文件', LEFT, TOP - 52, 'FZXBSK', osz, RED, tracking=4, role='organ',
                 align='center', width=W)
    ydoc = TOP - 52 - 2 * PITCH - 4
    flow.text_at(pg, '豫商电商〔2025〕6号', LEFT, ydoc, 'FZFSK', FS, align='center', width=W, role='docno')
    yr = ydoc - 4 * mm - 4
    pg.rules.append((LEFT, yr, LEFT + W, 1.6, RED))
    flow.y = yr - PITCH * 0.9
    for tl in ['河南省商务厅关于开展2025年度', '省级跨境电子商务示范园区和示范企业', '认定工作的通知']:
        flow.para(tl, font='FZXBSK', size=TS, indent=0, align='center', role='title', pitch=PITCH * 1.15)
    flow.blank()
    flow.para('各省辖市、济源示范区、航空港区商务主管部门：', indent=0)
    gb_body(flow, D3_BODY)
    flow.blank()
    flow.para('附件：1.河南省跨境电子商务示范园区申报书', indent=2)
    flow.para('2.河南省跨境电子商务示范企业申报书', indent=5)
    flow.blank(2)
    flow.para('河南省商务厅', align='right', rindent=4, indent=0)
    flow.para('2025年5月9日', align='right', rindent=4, indent=0)
    flow.para('（此件公开发布）', indent=2, align='left')
    gb_banji(flow, '抄送：省发展改革委，省财政厅，郑州海关。', '河南省商务厅办公室', '2025年5月12日印发')
    gb_page_numbers(flow)
    path = os.path.join(HERE, 'blind292_henan_tongzhi.pdf')
    render_ocr(path, flow, dict(creator='Kodak Capture Pro 5.7', producer='ABBYY FineReader 15 (text layer)',
                                title='扫描文档_20250512_0931'))
    return path, len(flow.pages)


D3_EXPECTED = {
    'meta': {
        'title': '河南省商务厅关于开展2025年度省级跨境电子商务示范园区和示范企业认定工作的通知',
        'doc_number': '豫商电商〔2025〕6号',
        'issuer': ['河南省商务厅'],
        'date': '2025-05-09',
        'published': '2025-05-12',
        'level': 'provincial',
        'region': '河南省',
        'effective': None,
        'expires': None,
        'attachments': ['河南省跨境电子商务示范园区申报书', '河南省跨境电子商务示范企业申报书'],
        'doc_type': '通知',
        'recipients': ['各省辖市商务主管部门', '济源示范区商务主管部门', '航空港区商务主管部门'],
        'publicity': '此件公开发布',
        'repeals': None,
    },
    'clauses': clauses_of(D3_BODY),
    'applies_to': {'specific': {
        '（三）中国（河南）自由贸易试验区郑州片区、开封片区、洛阳片区内的园区': [
            '中国（河南）自由贸易试验区郑州片区', '中国（河南）自由贸易试验区开封片区',
            '中国（河南）自由贸易试验区洛阳片区'],
    }},
}


# =========================================================================== doc 4 (printer)
D4_TABLE = {
    'cols': [2.2, 3.6, 3.0, 2.4],
    'header': ['仓储类型', '仓储面积', '补贴标准', '年度补贴上限'],
    'rows': [
        ['自建海外仓', '500平方米（含）至1000平方米', '每平方米每年60元', '6万元'],
        ['自建海外仓', '1000平方米（含）以上', '每平方米每年80元', '20万元'],
        ['租用海外仓', '300平方米（含）以上', '每平方米每年40元', '10万元'],
    ],
    'merge': [(0, 0, 1)],
}
D4_NOTICE = '现将《中国（黑龙江）自由贸易试验区黑河片区对俄跨境电商企业培育扶持办法》印发给你们，请结合实际认真贯彻执行。'
D4_BODY = [
    ('c', '第一条　为贯彻落实共建“一带一路”倡议和中俄地方合作有关部署，发挥黑河片区沿边开放区位优势，培育壮大对俄跨境电商市场主体，结合片区实际，制定本办法。'),
    ('c', '第二条　本办法适用于在黑河片区内注册登记、税收在黑河片区缴纳，从事对俄跨境电子商务业务的企业及相关服务机构。'),
    ('c', '第三条　片区管委会经济发展局负责本办法的组织实施，片区财政金融局负责扶持资金的保障和监督管理。'),
    ('c', '第四条　对首次开展对俄跨境电商业务、年度交易额达到100万元的企业，给予一次性开办奖励5万元。'),
    ('c', '第五条　对在俄罗斯布拉戈维申斯克、哈巴罗夫斯克等地自建或者租用海外仓的企业，按照仓储类型和面积给予租金补贴，具体标准如下：'),
    ('tbl', '', {'table': D4_TABLE}),
    ('c', '第六条　对经黑河公路口岸、黑河—布拉戈维申斯克界河公路大桥以跨境电商B2B直接出口（9710）、出口海外仓（9810）方式出口货物的企业，按照每票200元给予物流补贴，单个企业年度补贴不超过50万元。'),
    ('c', '第七条　对入驻黑河片区跨境电商产业园并租用办公用房的企业，前两年给予全额租金补贴，第三年给予50%租金补贴，补贴面积不超过300平方米。'),
    ('c', '第八条　对年度开展对俄跨境电商人才培训100人次以上的培训机构，按照每人次300元给予补贴，单个机构年度补贴不超过20万元。'),
    ('c', '第九条　同一企业同一事项符合本办法和片区其他扶持政策的，按照就高不重复原则执行。'),
    ('c', '第十条　企业应当如实提供申报材料。以虚报、冒领等手段骗取扶持资金的，追回已拨付资金，五年内取消其享受片区扶持政策的资格；涉嫌犯罪的，移送司法机关依法处理。'),
    ('c', '第十一条　本办法由片区管委会经济发展局负责解释。'),
    ('c', '第十二条　本办法自2025年5月1日起施行，有效期至2027年12月31日。'),
]
ORGAN4 = '中国（黑龙江）自由贸易试验区黑河片区管理委员会文件'


def build_doc4():
    flow = GBFlow()
    pg = flow.page
    osz = 36
    nat = pdfmetrics.stringWidth(ORGAN4, 'FZXBSK', osz)
    scale = round(100.0 * W / nat, 1)
    # positions computed in scaled space so the text layer matches the drawing
    chars = make_chars(ORGAN4, 'FZXBSK', osz)
    x = LEFT
    for ch in chars:
        ch.x = x
        x += ch.w * scale / 100.0
    pg.lines.append(Line(chars, TOP - 50, RED, 0, 'organ'))
    # 文号: 〔〕 from STSong-Light, digits from Times-Roman, the rest from the CJK font
    ydoc = TOP - 50 - 2 * PITCH - 2
    parts = [('黑河片区管发', 'FZFSK'), ('〔', 'STSong-Light'), ('2025', 'Times-Roman'),
             ('〕', 'STSong-Light'), ('9', 'Times-Roman'), ('号', 'FZFSK')]
    dchars = []
    for txt, f in parts:
        for ch in txt:
            dchars.append(Ch(ch, f, FS, pdfmetrics.stringWidth(ch, f, FS)))
    place(dchars, LEFT, W, 'center', True)
    pg.lines.append(Line(dchars, ydoc, BLACK, 0, 'docno'))
    yr = ydoc - 4 * mm - 4
    pg.rules.append((LEFT, yr, LEFT + W, 1.6, RED))
    flow.y = yr - PITCH * 0.9
    for tl in ['关于印发《中国（黑龙江）自由贸易试验区', '黑河片区对俄跨境电商企业培育扶持', '办法》的通知']:
        flow.para(tl, font='FZXBSK', size=TS, indent=0, align='center', role='title', pitch=PITCH * 1.15)
    flow.blank()
    flow.para('片区管委会各部门、各直属单位，各有关企业：', indent=0)
    flow.para(D4_NOTICE)
    flow.blank(3)
    flow.para('中国（黑龙江）自由贸易试验区黑河片区管理委员会', align='right', rindent=0, indent=0)
    flow.para('2025年4月7日', align='right', rindent=4, indent=0)
    flow.para('（此件公开发布）', indent=2, align='left')
    flow.newpage()
    for tl in ['中国（黑龙江）自由贸易试验区黑河片区', '对俄跨境电商企业培育扶持办法']:
        flow.para(tl, font='FZXBSK', size=TS, indent=0, align='center', role='title', pitch=PITCH * 1.15)
    flow.blank()
    for item in D4_BODY:
        if item[0] == 'tbl':
            draw_table(flow, item[2]['table'])
        else:
            flow.para(item[1], label=item[1].index('　'))
    gb_banji(flow, '抄送：黑河市人民政府，省自贸试验区工作领导小组办公室。', '黑河片区管委会综合办公室', '2025年4月8日印发')
    gb_page_numbers(flow)
    path = os.path.join(HERE, 'blind292_heihe_banfa.pdf')
    render_printer(path, flow, dict(creator='SEP Office PDF Printer 3.2', producer='Suwell OFD/PDF Converter',
                                    title='黑河片区管发9号（定稿）', organ_scale=scale))
    return path, len(flow.pages)


D4_EXPECTED = {
    'meta': {
        'title': '关于印发《中国（黑龙江）自由贸易试验区黑河片区对俄跨境电商企业培育扶持办法》的通知',
        'doc_number': '黑河片区管发〔2025〕9号',
        'issuer': ['中国（黑龙江）自由贸易试验区黑河片区管理委员会'],
        'date': '2025-04-07',
        'published': '2025-04-08',
        'level': 'zone',
        'region': '中国（黑龙江）自由贸易试验区黑河片区',
        'effective': '2025-05-01',
        'expires': '2027-12-31',
        'attachments': [],
        'doc_type': '通知',
        'recipients': ['片区管委会各部门', '片区管委会各直属单位', '各有关企业'],
        'publicity': '此件公开发布',
        'repeals': None,
    },
    'clauses': [D4_NOTICE] + clauses_of(D4_BODY),
    'applies_to': {'specific': {
        '第七条　对入驻黑河片区跨境电商产业园并租用办公用房': ['黑河片区跨境电商产业园'],
    }},
}


def main():
    made = []
    for fn in (build_doc1, build_doc2, build_doc3, build_doc4):
        path, n = fn()
        made.append((os.path.basename(path), n))
    expected = {
        'blind292_liuzhou_tongzhi': [D1_EXPECTED],
        'blind292_xian_gongbao': [D2_EXPECTED],
        'blind292_henan_tongzhi': [D3_EXPECTED],
        'blind292_heihe_banfa': [D4_EXPECTED],
    }
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for name, n in made:
        print('%s: %d pages' % (name, n))


if __name__ == '__main__':
    main()
