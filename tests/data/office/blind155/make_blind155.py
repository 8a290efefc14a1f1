# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 155: PDFs whose characters are not the ones the eye reads.

Writes next to itself (reportlab straight to PDF, no Word file):
  blind155_sichuan_notice.pdf     四川省自由贸易试验区工作办公室 notice (版头, 文号, 一、（一）1.,
      附件 with a table, 落款, 版记).  Each "font" writes some common characters with
      Kangxi-radical / CJK-radical-supplement code points (⼀ ⼯ ⽇ ⽉ ⾏ ⻓ ⻔ ...), as a
      Word-to-PDF converter does when its ToUnicode picks the radical that shares the
      glyph; a few paragraphs carry CJK compatibility ideographs (U+F900-FAFF); a few are
      typed carelessly (full-width digits / Latin, half-width , ( ) in Chinese text).
  blind155_lianyungang_measures.pdf  连云港市人民政府办公室 印发 the city's 一带一路 measures
      (第X条 articles).  The title on page 1 is drawn character by character at explicit
      positions (quotes in Times-Roman); page 3 is written with a space between every
      character (negative Tw on the spaces so that it looks normal); radicals / compat / full-width as above.
  expected.json

Reportlab cannot embed CFF (OpenType/PostScript) outlines, and Noto CJK ships as CFF
.ttc files, so the script subsets Noto Serif/Sans CJK SC to the characters it needs
and converts the outlines to TrueType quadratic curves with fontTools (cu2qu) first.

Run:  . /work/venv/bin/activate && python make_blind155.py
      python make_blind155.py --control DIR   the same two PDFs with ORDINARY code points
      (no radicals, no compatibility ideographs, no full-width digits) written to DIR,
      no expected.json: a control to tell what the code points alone break.
Needs: reportlab, fontTools (both installed in /work/venv), Noto CJK fonts.
"""
import json
import os
import sys
import tempfile
import unicodedata

from fontTools import subset as ftsubset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont as FTFont
from fontTools.ttLib import newTable
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
CONTROL = "--control" in sys.argv
if CONTROL:
    HERE = os.path.abspath(sys.argv[sys.argv.index("--control") + 1])
    os.makedirs(HERE, exist_ok=True)
NOTO = "/usr/share/fonts/opentype/noto/"
RED = Color(0.9, 0.0, 0.07)

# ----------------------------------------------------------------- code points
# Kangxi radicals (U+2F00-2FD5, NFKC folds them) and CJK radicals supplement
# (U+2E80-2EFF, NO normalization folds them) that share their glyph with the
# ordinary ideograph in Noto CJK SC.
RAD = {
    "一": "\u2f00", "二": "\u2f06", "人": "\u2f08", "入": "\u2f0a", "八": "\u2f0b",
    "工": "\u2f2f", "文": "\u2f42", "日": "\u2f47", "月": "\u2f49", "生": "\u2f63",
    "用": "\u2f64", "自": "\u2f83", "行": "\u2f8f", "金": "\u2fa6",
    "长": "\u2ed3", "门": "\u2ed4", "见": "\u2ec5",
}
# CJK compatibility ideographs (canonical decomposition: NFC/NFKC fold them).
# NB: U+F9D5 is 崙, not 形; these were checked with unicodedata and the glyph
# is the same glyph as the unified ideograph in Noto Serif CJK SC.
CPT = {
    "不": "\uf967", "年": "\uf98e", "路": "\uf937", "律": "\uf9d8", "金": "\uf90a",
    "列": "\uf99c", "利": "\uf9dd", "理": "\uf9e4", "易": "\uf9e0", "量": "\uf97e",
}


def fw(s):
    """full-width forms of ASCII digits / letters (careless typing)."""
    if CONTROL:
        return s
    return "".join(chr(ord(c) + 0xFEE0) if ("0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z") else c for c in s)


if CONTROL:
    CPT = {k: k for k in CPT}


def rad_map(chars):
    return {} if CONTROL else {c: RAD[c] for c in chars}


# per document, per font role: which ordinary characters come out as radicals
MAPS = {
    "A": {
        "XBS": rad_map("自工文行一人"),      # 小标宋 (版头, title)
        "FS": rad_map("一二人入八工日月生用行金长门见"),  # 仿宋 (body, table, 版记, 落款)
        "HT": rad_map("一二工用"),            # 黑体 (一、 headings, 附件 label)
        "KT": {},                             # 楷体 (（一） run-in headings): clean
        "ST": {},                             # 宋体 (page numbers)
    },
    "B": {
        "XBS": rad_map("一人工文"),
        "FS": rad_map("日月行门长见人工用"),
        "HT": rad_map("一二八"),              # 第一条 -> 第⼀条, 第三条 stays clean
        "KT": {},
        "ST": {},
    },
}

FONT_FILES = {
    "XBS": ("NotoSerifCJK-Bold.ttc", 2),
    "FS": ("NotoSerifCJK-Regular.ttc", 2),
    "KT": ("NotoSerifCJK-Regular.ttc", 2),
    "ST": ("NotoSerifCJK-Regular.ttc", 2),
    "HT": ("NotoSansCJK-Regular.ttc", 2),
}
FONT_NAMES = {"XBS": "FZXBSJW", "FS": "FangSong_GB2312", "KT": "KaiTi_GB2312", "ST": "SimSun", "HT": "SimHei"}


# ----------------------------------------------------------------- fonts
def otf_to_ttf(font):
    glyph_order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    quad = {}
    for name in glyph_order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        quad[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = quad
    del font["CFF "]
    for t in ("VORG", "vhea", "vmtx"):
        if t in font:
            del font[t]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        if hasattr(g, "xMin"):
            hmtx[name] = (hmtx[name][0], g.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for a in ("maxZones",):
        setattr(maxp, a, 1)
    for a in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, a, 0)
    maxp.compile(font)
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"


def build_fonts(chars, outdir):
    made = {}
    for role, (fname, idx) in FONT_FILES.items():
        key = (fname, idx)
        if key not in made:
            f = FTFont(NOTO + fname, fontNumber=idx, lazy=False, recalcTimestamp=False)
            opts = ftsubset.Options()
            opts.layout_features = []
            opts.drop_tables += ["GSUB", "GPOS", "BASE", "VORG", "vhea", "vmtx", "DSIG", "JSTF"]
            opts.desubroutinize = True
            opts.name_IDs = ["*"]
            opts.notdef_outline = True
            sub = ftsubset.Subsetter(opts)
            sub.populate(unicodes=[ord(c) for c in chars])
            sub.subset(f)
            otf_to_ttf(f)
            path = os.path.join(outdir, fname.replace(".ttc", "-SC-sub.ttf"))
            f.save(path)
            made[key] = path
        pdfmetrics.registerFont(TTFont(FONT_NAMES[role], made[key]))


# ----------------------------------------------------------------- page model
PW, PH = A4
LEFT = 28 * mm
RIGHT = PW - 26 * mm
TW = RIGHT - LEFT
TOP = PH - 37 * mm
BOTTOM = 35 * mm
PITCH = 28.9
BODY = 16

NO_START = set("，。、；：？！）》”’〕」,.;:)%")
NO_END = set("（《“‘〔「(")


def cw(ch, role, size):
    return pdfmetrics.stringWidth(ch, FONT_NAMES[role], size)


class Doc:
    def __init__(self, path, key, spaced_pages=()):
        self.c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
        self.key = key
        self.page = 1
        self.y = TOP - BODY * 0.88
        self.spaced_pages = set(spaced_pages)
        self.log = []  # (page, kind, text) of what was drawn, for expected.json
        self.c.setTitle("")
        self.c.setCreator("Microsoft Word")

    # ---- primitives
    def vis(self, ch, role):
        return MAPS[self.key][role].get(ch, ch)

    def footer(self):
        c = self.c
        s = "— %d —" % self.page
        w = pdfmetrics.stringWidth(s, FONT_NAMES["ST"], 14)
        x = RIGHT - 14 - w if self.page % 2 else LEFT + 14
        c.setFont(FONT_NAMES["ST"], 14)
        c.setFillColor(black)
        c.drawString(x, 20 * mm, s)

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = TOP - BODY * 0.88

    def need(self, h):
        if self.y - h < BOTTOM - 4:
            self.new_page()

    def draw_line(self, cells, x0, y, width, justify, size, color=black):
        """cells: list of (visible_char, role). Justified by char spacing; on a
        spaced page a space is written after every character."""
        c = self.c
        nat = sum(cw(ch, r, size) for ch, r in cells)
        n = len(cells)
        tc = 0.0
        if justify and n > 1:
            tc = (width - nat) / (n - 1)
        spaced = self.page in self.spaced_pages
        # group runs of the same role
        segs = []
        for i, (ch, r) in enumerate(cells):
            if segs and segs[-1][0] == r:
                segs[-1][1].append(ch)
            else:
                segs.append((r, [ch]))
        x = x0
        c.setFillColor(color)
        done = 0
        for r, chars in segs:
            fname = FONT_NAMES[r]
            t = c.beginText()
            t.setFont(fname, size)
            t.setTextOrigin(x, y)
            adv = sum(cw(ch, r, size) for ch in chars) + tc * len(chars)
            if spaced:
                wsp = cw(" ", r, size)
                out = []
                for j, ch in enumerate(chars):
                    out.append(ch)
                    if done + j < n - 1:
                        out.append(" ")
                # the characters keep their own advance; each space (byte 32 in the
                # subset font) is pulled back by Tw to carry only the justification
                t.setCharSpace(0)
                t.setWordSpace(tc - wsp)
                t.textOut("".join(out))
                t.setWordSpace(0)
            else:
                t.setCharSpace(tc)
                t.textOut("".join(chars))
            t.setCharSpace(0)  # Tc is graphics state: it outlives ET
            c.drawText(t)
            x += adv
            done += len(chars)

    def wrap(self, cells, size, first_width, width):
        lines, cur, curw, lim = [], [], 0.0, first_width
        i = 0
        while i < len(cells):
            ch, r = cells[i]
            w = cw(ch, r, size)
            if cur and curw + w > lim + 0.01:
                # 避头尾: pull a closing mark onto this line; push an opening mark down
                if ch in NO_START:
                    cur.append((ch, r)); i += 1
                    while i < len(cells) and cells[i][0] in NO_START:
                        cur.append(cells[i]); i += 1
                    lines.append(cur); cur, curw, lim = [], 0.0, width
                    continue
                if cur[-1][0] in NO_END:
                    carry = cur.pop()
                    lines.append(cur); cur, curw, lim = [carry], cw(carry[0], carry[1], size), width
                    continue
                # do not break inside an ASCII number / word (Word keeps 5000 together)
                if ch.isascii() and ch.isalnum() and cur[-1][0].isascii() and (cur[-1][0].isalnum() or cur[-1][0] in ".%"):
                    k = len(cur)
                    while k > 0 and cur[k - 1][0].isascii() and (cur[k - 1][0].isalnum() or cur[k - 1][0] in ".%"):
                        k -= 1
                    if k > 0:
                        carry = cur[k:]
                        lines.append(cur[:k])
                        cur, lim = carry, width
                        curw = sum(cw(a, b, size) for a, b in cur)
                        continue
                lines.append(cur); cur, curw, lim = [], 0.0, width
                continue
            cur.append((ch, r)); curw += w; i += 1
        if cur:
            lines.append(cur)
        return lines

    def cells(self, runs, compat=None):
        out = []
        for text, role in runs:
            for ch in text:
                if compat and role == "FS":
                    ch = compat.get(ch, ch)
                out.append((self.vis(ch, role), role))
        return out

    # ---- blocks
    def para(self, runs, compat=None, indent=2, size=BODY, pitch=PITCH, align="justify", tag=None):
        cells = self.cells(runs, compat)
        ind = indent * size
        lines = self.wrap(cells, size, TW - ind, TW)
        for k, ln in enumerate(lines):
            self.need(pitch * 0.6)
            last = k == len(lines) - 1
            x0 = LEFT + (ind if k == 0 else 0)
            w = TW - (ind if k == 0 else 0)
            if align == "center":
                nat = sum(cw(ch, r, size) for ch, r in ln)
                self.draw_line(ln, LEFT + (TW - nat) / 2, self.y, nat, False, size)
            elif align == "right":
                nat = sum(cw(ch, r, size) for ch, r in ln)
                self.draw_line(ln, RIGHT - nat - indent * size, self.y, nat, False, size)
            else:
                over = sum(cw(ch, r, size) for ch, r in ln) > w  # a pulled-in ， squeezes the line
                self.draw_line(ln, x0, self.y, w, (not last) or over, size)
            self.log.append((self.page, tag, "".join(ch for ch, _ in ln)))
            self.y -= pitch

    def blank(self, n=1, pitch=PITCH):
        self.y -= n * pitch

    def banhead(self, text, size=34, y=None):
        c = self.c
        vis = "".join(self.vis(ch, "XBS") for ch in text)
        nat = pdfmetrics.stringWidth(vis, FONT_NAMES["XBS"], size)
        scale = min(100.0, 100.0 * TW / nat)
        t = c.beginText()
        t.setFont(FONT_NAMES["XBS"], size)
        t.setHorizScale(scale)
        w = nat * scale / 100
        t.setTextOrigin(LEFT + (TW - w) / 2, y)
        c.setFillColor(RED)
        t.textOut(vis)
        t.setHorizScale(100)  # Tz is graphics state: it outlives ET
        c.drawText(t)
        c.setFillColor(black)

    def red_rule(self, y):
        c = self.c
        c.setStrokeColor(RED)
        c.setLineWidth(1.6)
        c.line(LEFT, y, RIGHT, y)
        c.setStrokeColor(black)

    def title_per_char(self, lines, size=22, track=2.0, pitch=34):
        """each character its own BT..ET at an explicit position; quotes in Times."""
        c = self.c
        for ln in lines:
            step = size + track
            n = len(ln)
            x0 = LEFT + (TW - (n * step - track)) / 2
            for i, ch in enumerate(ln):
                x = x0 + i * step
                if ch in "“”":
                    c.setFont("Times-Roman", size)
                    gw = pdfmetrics.stringWidth(ch, "Times-Roman", size)
                    xx = x + (size - gw) if ch == "“" else x
                    c.drawString(round(xx, 2), round(self.y, 2), ch)
                else:
                    c.setFont(FONT_NAMES["XBS"], size)
                    c.drawString(round(x, 2), round(self.y, 2), self.vis(ch, "XBS"))
            self.log.append((self.page, "title", "".join(self.vis(ch, "XBS") for ch in ln)))
            self.y -= pitch

    def title_lines(self, lines, size=22, pitch=36, tag="title"):
        for ln in lines:
            self.need(pitch)
            cells = self.cells([(ln, "XBS")])
            nat = sum(cw(ch, r, size) for ch, r in cells)
            self.draw_line(cells, LEFT + (TW - nat) / 2, self.y, nat, False, size)
            self.log.append((self.page, tag, "".join(ch for ch, _ in cells)))
            self.y -= pitch

    def table(self, header, rows, colw, size=12, pad=4, lead=17, tag="table"):
        c = self.c
        colw = [w * TW / sum(colw) for w in colw]

        def cell_lines(text, w):
            cells = self.cells([(text, "FS")])
            return self.wrap(cells, size, w - 2 * pad, w - 2 * pad)

        def row_h(r):
            return max(len(cell_lines(t, w)) for t, w in zip(r, colw)) * lead + 2 * pad + 2

        def draw_row(r, bold=False):
            h = row_h(r)
            self.need(h + 4)
            top = self.y + size * 0.9 + pad
            x = LEFT
            c.setLineWidth(0.6)
            for t, w in zip(r, colw):
                c.rect(x, top - h, w, h, stroke=1, fill=0)
                ls = cell_lines(t, w)
                yy = top - (h - len(ls) * lead) / 2 - size * 0.95
                for ln in ls:
                    role_cells = [(ch, "HT" if bold else rr) for ch, rr in ln]
                    nat = sum(cw(ch, rr, size) for ch, rr in role_cells)
                    if nat > w - 2 * pad:  # a pulled-in 、 squeezes the line, as Word does
                        self.draw_line(role_cells, x + pad, yy, w - 2 * pad, True, size)
                    else:
                        self.draw_line(role_cells, x + (w - nat) / 2, yy, nat, False, size)
                    yy -= lead
                x += w
            self.log.append((self.page, tag, "|".join("".join(ch for l in cell_lines(t, w) for ch, _ in l) for t, w in zip(r, colw))))
            self.y = top - h - size * 0.9 - pad

        draw_row(header, bold=True)
        for r in rows:
            draw_row(r)
        self.y -= PITCH * 0.4

    def banji(self, lines, size=14, lead=26):
        """版记 at the foot of the last page: rules, 抄送 (wrapped, hanging indent), 印发 line."""
        c = self.c
        blocks = []
        for left, right in lines:
            cells = self.cells([(left, "FS")])
            hang = sum(cw(ch, r, size) for ch, r in cells[:3]) if left.startswith("抄送") else 0
            wl = self.wrap(cells, size, TW - 2 * size, TW - 2 * size - hang)
            blocks.append((wl, hang, right))
        h = sum(len(b[0]) for b in blocks) * lead + 10
        if self.y - h < BOTTOM:
            self.new_page()
        y = BOTTOM + h
        c.setLineWidth(1.0)
        c.line(LEFT, y, RIGHT, y)
        for k, (wl, hang, right) in enumerate(blocks):
            for j, ln in enumerate(wl):
                yy = y - 19
                self.draw_line(ln, LEFT + size + (hang if j else 0), yy, sum(cw(ch, r, size) for ch, r in ln), False, size)
                txt = "".join(ch for ch, _ in ln)
                if right and j == 0:
                    rc = self.cells([(right, "FS")])
                    nat = sum(cw(ch, r, size) for ch, r in rc)
                    self.draw_line(rc, RIGHT - size - nat, yy, nat, False, size)
                    txt += "  " + "".join(ch for ch, _ in rc)
                self.log.append((self.page, "banji", txt))
                y -= lead
            c.setLineWidth(1.0 if k == len(blocks) - 1 else 0.5)
            c.line(LEFT, y, RIGHT, y)

    def finish(self):
        self.footer()
        self.c.save()


# ================================================================= document A
A_STEM = "blind155_sichuan_notice"
A_TITLE = "四川省自由贸易试验区工作办公室关于做好2024年自贸试验区提升行动重点工作的通知"
A_NUM_TYPED = "川自贸办〔" + fw("2024") + "〕" + fw("11") + "号"
A_RECIP = "成都天府新区片区、成都青白江铁路港片区、川南临港片区管委会，各协同改革先行区所在市商务主管部门，省自贸试验区工作领导小组各成员单位："
A_ATT = "四川自贸试验区2024年提升行动重点任务清单"

# each body item: (key, runs[(typed, role)], read-text or None, compat map or None, is_clause)
A_BODY = [
    ("intro", [("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，根据《中国（四川）自由贸易试验区提升行动方案（2024—2026年）》，经省自贸试验区工作领导小组同意，现就做好2024年自贸试验区提升行动重点工作通知如下。", "FS")], None, None, True),
    ("一、", [("一、聚焦制度创新，形成更多首创性成果", "HT")], None, None, False),
    ("一、（一）", [("（一）加快推进首创性改革。", "KT"), ("2024年全省自贸试验区力争形成制度创新成果60项以上，其中获国务院部委发文复制推广或肯定的不少于5项。各片区、协同改革先行区要于每季度末月20日前，将本季度制度创新案例报送省自贸办。", "FS")], None, {"不": CPT["不"]}, True),
    ("一、（二）", [("（二）深化投资贸易便利化改革。", "KT"), ("重点推进以下工作：", "FS")], None, None, True),
    ("一、（二）1.", [("1.推行“提前申报”“两步申报”等通关模式，力争全年进出口整体通关时间较2023年压缩10%以上。", "FS")], None, {"年": CPT["年"]}, True),
    ("一、（二）2.", [("2.在成都青白江铁路港片区开展中欧班列（成渝）运输单证物权化试点，全年签发铁路提单不少于300单、融资金额不低于5亿元。", "FS")], None, None, True),
    ("一、（二）3.", [("3.在川南临港片区探索“港口+保税+跨境电商”监管模式，支持泸州港开行至北部湾港的铁海联运班列每周不少于3列。", "FS")], None, None, True),
    ("二、", [("二、聚焦开放通道，服务共建“一带一路”", "HT")], None, None, False),
    ("二、（一）", [("（一）提升国际物流枢纽能级。", "KT"), ("支持成都国际铁路港扩大中欧班列（成渝）开行规模，" + fw("2024") + "年开行量力争达到" + fw("5000") + "列，回程班列占比不低于40%；支持成都天府国际机场新开或加密至共建“一带一路”国家的国际全货运航线8条以上。", "FS")],
     "（一）提升国际物流枢纽能级。支持成都国际铁路港扩大中欧班列（成渝）开行规模，2024年开行量力争达到5000列，回程班列占比不低于40%；支持成都天府国际机场新开或加密至共建“一带一路”国家的国际全货运航线8条以上。", {"路": CPT["路"]}, True),
    ("二、（二）", [("（二）拓展国际经贸合作。", "KT"), ("支持成都天府新区片区建设“一带一路”国际商事法律服务中心，全年引进境外仲裁、调解机构代表处不少于2家；组织企业参加第八届中国—南亚博览会等重点展会，签约项目金额不低于50亿元。", "FS")], None, {"律": CPT["律"]}, True),
    ("三、", [("三、聚焦要素保障，强化工作落实", "HT")], None, None, False),
    ("三、（一）", [("（一）强化资金支持。", "KT"), ("省级财政安排自贸试验区发展专项资金2亿元，按照“因素法+项目法”分配，对获评全国自贸试验区最佳实践案例的片区一次性奖励100万元。", "FS")], None, {"金": CPT["金"]}, True),
    ("三、（二）", [("（二）加强统计监测。", "KT"), ("各片区要按月报送主要经济指标，于次月10日前通过省自贸试验区管理信息系统报送；年度工作总结于" + fw("2024") + "年" + fw("12") + "月" + fw("10") + "日前以正式文件和" + fw("PDF") + "电子版报送省自贸办(商务厅自贸处),逾期未报送的,在年度评估中予以扣分。", "FS")],
     "（二）加强统计监测。各片区要按月报送主要经济指标，于次月10日前通过省自贸试验区管理信息系统报送；年度工作总结于2024年12月10日前以正式文件和PDF电子版报送省自贸办（商务厅自贸处），逾期未报送的，在年度评估中予以扣分。", None, True),
    ("三、（三）", [("（三）严格考核评估。", "KT"), ("省自贸办将重点工作完成情况纳入全省自贸试验区年度评估，评估结果报省人民政府并通报各市（州）人民政府。", "FS")], None, None, True),
    ("contact", [("联系人：省自贸办综合处 王晓，联系电话：" + fw("028") + "－" + fw("83226517") + "，电子邮箱：scftz_office@163.com。", "FS")],
     "联系人：省自贸办综合处 王晓，联系电话：028-83226517，电子邮箱：scftz_office@163.com。", None, True),
]
A_TABLE_HEAD = ["序号", "重点任务", "责任单位", "完成时限"]
A_TABLE = [
    ["1", "形成制度创新成果60项以上", "各片区管委会、各协同改革先行区所在市人民政府", "2024年12月底"],
    ["2", "中欧班列（成渝）开行5000列", "成都青白江铁路港片区管委会、省发展改革委", "2024年12月底"],
    ["3", "签发铁路提单300单以上", "成都青白江铁路港片区管委会、人民银行四川省分行", "2024年11月底"],
    ["4", "开行泸州港至北部湾港铁海联运班列每周3列以上", "川南临港片区管委会、省交通运输厅", "2024年9月底"],
    ["5", "新开或加密国际全货运航线8条以上", "成都天府新区片区管委会、民航西南地区管理局", "2024年12月底"],
    ["6", "引进境外仲裁、调解机构代表处2家以上", "成都天府新区片区管委会、省司法厅", "2024年10月底"],
]


def make_a():
    d = Doc(os.path.join(HERE, A_STEM + ".pdf"), "A")
    d.banhead("四川省自由贸易试验区工作办公室文件", size=34, y=PH - 62 * mm)
    d.y = PH - 84 * mm
    d.para([(A_NUM_TYPED, "FS")], indent=0, align="center", tag="docnum")
    d.red_rule(PH - 88 * mm)
    d.y = PH - 104 * mm
    d.title_lines(["四川省自由贸易试验区工作办公室关于做好", "2024年自贸试验区提升行动重点工作的通知"], tag="title")
    d.blank(0.3)
    d.para([(A_RECIP, "FS")], indent=0, tag="recip")
    for key, runs, read, compat, is_clause in A_BODY:
        d.para(runs, compat=compat, tag=key)
    d.blank(1)
    d.para([("附件：" + A_ATT, "FS")], tag="attnote")
    d.blank(2)
    d.para([("四川省自由贸易试验区工作办公室", "FS")], indent=2, align="right", tag="sig")
    d.para([("2024年6月18日", "FS")], indent=4, align="right", tag="sigdate")
    d.para([("（此件公开发布）", "FS")], tag="pub")
    d.new_page()
    d.para([("附件", "HT")], indent=0, tag="attlabel")
    d.blank(0.3)
    d.title_lines([A_ATT], size=20, pitch=34, tag="atttitle")
    d.blank(0.2)
    d.table(A_TABLE_HEAD, A_TABLE, [0.85, 3.55, 3.8, 2.1], tag="table")
    d.banji([("抄送：省人民政府办公厅，省发展改革委，省财政厅，成都海关。", None),
             ("四川省自由贸易试验区工作办公室", "2024年6月19日印发")])
    d.finish()
    return d


# ================================================================= document B
B_STEM = "blind155_lianyungang_measures"
B_TITLE = "连云港市人民政府办公室关于印发连云港市支持“一带一路”强支点建设若干措施的通知"
B_NUM = "连政办发〔2024〕47号"
B_RECIP = "各县、区人民政府，市各委、办、局，市各直属单位："
B_MEAS = "连云港市支持“一带一路”强支点建设若干措施"
CN = "一二三四五六七八九十"


def art(n):
    return "第" + (CN[n - 1] if n <= 10 else "十" + CN[n - 11]) + "条"


B_ARTS = [
    ("支持中哈（连云港）物流合作基地扩能。对在中哈物流合作基地新增集装箱堆场、场站设施且投资额超过5000万元的项目，按照设备和设施投资额的10%给予补助，单个项目最高不超过1000万元。", None, None),
    ("支持中欧（亚）班列加密开行。对从连云港始发的中欧（亚）班列，按每40英尺标准箱1500元给予平台公司奖励；全年开行量达到1000列以上的，另给予一次性奖励300万元。", None, {"列": CPT["列"]}),
    ("支持海河联运发展。对经连云港港与内河港口开展海河联运的集装箱，按每标准箱100元给予船公司补贴，单个企业年度补贴不超过200万元。", None, None),
    ("支持新开国际集装箱航线。对新开辟至日本、韩国以及东南亚、中东等共建“一带一路”国家和地区的近洋集装箱航线，每条航线给予航运企业一次性奖励50万元；新开远洋航线的，奖励100万元。", None, None),
    ("推进上合组织（连云港）国际物流园建设。对新入驻物流园且年营业收入首次超过1亿元的物流企业，给予一次性奖励50万元。", None, None),
    ("支持跨境电商发展。对在连云港综合保税区开展跨境电商“" + fw("1210") + "”保税备货业务、年进出口额超过5000万元的企业，按进出口额的0.5%给予奖励，最高不超过100万元。",
     "支持跨境电商发展。对在连云港综合保税区开展跨境电商“1210”保税备货业务、年进出口额超过5000万元的企业，按进出口额的0.5%给予奖励，最高不超过100万元。", None),
    ("支持境外经贸合作区建设。对本市企业在共建“一带一路”国家建设的境外经贸合作区，经省商务厅确认的，给予建设主体一次性奖励200万元。", None, None),
    ("支持企业开拓国际市场。对企业参加市商务局组织的共建“一带一路”国家境外展会，按展位费的70%给予补助，每个企业每年补助不超过30万元。", None, None),
    ("支持徐圩港区和灌河口港区发展。对在徐圩新区和灌云县新开的大宗散货航线，按每航次2万元给予补贴，单条航线年度补贴不超过100万元。", None, None),
    ("加强金融支持。鼓励银行机构开发“班列融”“仓单融”等金融产品，对为“一带一路”贸易企业提供贷款的，市财政按实际贷款额的1%给予风险补偿，单户补偿不超过50万元。", None, {"金": CPT["金"]}),
    ("优化口岸营商环境。推行“船边直提”“抵港直装”模式，进口集装箱整体通关时间控制在24小时以内；口岸收费目录清单在连云港市人民政府门户网站公开。", None, None),
    ("强化人才支撑。对在连云港就业、从事国际物流和国际贸易的外籍高层次人才，按其年度个人所得税地方留成部分给予全额奖励。", None, {"易": CPT["易"]}),
    ("本措施所需资金由市、县(区)财政按照现行财政体制分担；同一项目符合本市多项支持政策的，按照“就高不重复”原则执行。",
     "本措施所需资金由市、县（区）财政按照现行财政体制分担；同一项目符合本市多项支持政策的，按照“就高不重复”原则执行。", None),
    ("本措施由市商务局会同市财政局负责解释，自" + fw("2024") + "年" + fw("8") + "月" + fw("1") + "日起施行,有效期至2026年12月31日。",
     "本措施由市商务局会同市财政局负责解释，自2024年8月1日起施行，有效期至2026年12月31日。", None),
]
B_COVER = "《连云港市支持“一带一路”强支点建设若干措施》已经市人民政府第38次常务会议审议通过，现印发给你们，请认真组织实施。"
B_INTRO = "为深入贯彻落实习近平总书记关于连云港“放大向东开放优势，做好新亚欧陆海联运通道建设这篇大文章”的重要指示精神，加快建设“一带一路”强支点，结合我市实际，制定以下措施。"
B_SPACED_PAGE = 3


def make_b():
    d = Doc(os.path.join(HERE, B_STEM + ".pdf"), "B", spaced_pages=(B_SPACED_PAGE,))
    d.banhead("连云港市人民政府办公室文件", size=38, y=PH - 62 * mm)
    d.y = PH - 84 * mm
    d.para([(B_NUM, "FS")], indent=0, align="center", tag="docnum")
    d.red_rule(PH - 88 * mm)
    d.y = PH - 104 * mm
    d.title_per_char(["连云港市人民政府办公室关于印发", "连云港市支持“一带一路”强支点建设", "若干措施的通知"])
    d.blank(0.3)
    d.para([(B_RECIP, "FS")], indent=0, tag="recip")
    d.para([(B_COVER, "FS")], tag="cover")
    d.blank(2)
    d.para([("连云港市人民政府办公室", "FS")], indent=2, align="right", tag="sig")
    d.para([("2024年7月12日", "FS")], indent=4, align="right", tag="sigdate")
    d.para([("（此件公开发布）", "FS")], tag="pub")
    d.new_page()
    d.blank(0.5)
    d.title_lines(["连云港市支持“一带一路”", "强支点建设若干措施"], tag="meastitle")
    d.blank(0.3)
    d.para([(B_INTRO, "FS")], tag="intro")
    for i, (typed, read, compat) in enumerate(B_ARTS, 1):
        d.para([(art(i) + "　", "HT"), (typed, "FS")], compat=compat, tag=art(i))
    d.banji([("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，连云港军分区。", None),
             ("连云港市人民政府办公室", "2024年7月15日印发")])
    d.finish()
    return d


# ================================================================= expected.json
def odd_codepoints(s):
    out = []
    for ch in s:
        if ch in ",()":
            out.append("U+%04X %s (half-width punctuation in Chinese text) reads %s" % (ord(ch), ch, {",": "，", "(": "（", ")": "）"}[ch]))
    for ch in s:
        cp = ord(ch)
        if 0xFF01 <= cp <= 0xFF5E and not (ch.isalnum() or ch == "－"):
            continue  # ，（）；： are the ordinary Chinese punctuation
        if 0x2E80 <= cp <= 0x2FDF or 0xF900 <= cp <= 0xFAFF or 0xFF01 <= cp <= 0xFF5E:
            tgt = unicodedata.normalize("NFKC", ch)
            kind = ("kangxi radical" if 0x2F00 <= cp <= 0x2FDF else "CJK radicals supplement (NFKC does NOT fold it)" if cp < 0x2F00
                    else "compatibility ideograph" if cp < 0xFB00 else "full-width ASCII")
            out.append("U+%04X %s (%s) reads %s" % (cp, ch, kind, {"\u2ed3": "长", "\u2ed4": "门", "\u2ec5": "见"}.get(ch, tgt)))
    return sorted(set(out))


def pages_of(d, tag):
    return sorted({p for p, t, _ in d.log if t == tag})


def layer_text(d, tag):
    return "".join(s for _, t, s in d.log if t == tag)


def expected(da, db):
    # ---------------- A
    a_clauses, a_layer = [], {}
    for key, runs, read, compat, is_clause in A_BODY:
        if not is_clause:
            continue
        txt = read or "".join(t for t, _ in runs)
        a_clauses.append(txt)
        odd = odd_codepoints(layer_text(da, key))
        if odd:
            a_layer[txt[:24]] = odd
    for r in A_TABLE:
        a_clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(A_TABLE_HEAD, r)))
    a_layer["table rows (仿宋)"] = odd_codepoints(layer_text(da, "table"))
    a = {
        "meta": {
            "title": A_TITLE,
            "doc_number": "川自贸办〔2024〕11号",
            "issuer": ["四川省自由贸易试验区工作办公室"],
            "date": "2024-06-18",
            "published": "2024-06-19",
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [A_ATT],
            "doc_type": "通知",
            "recipients": ["成都天府新区片区、成都青白江铁路港片区、川南临港片区管委会", "各协同改革先行区所在市商务主管部门", "省自贸试验区工作领导小组各成员单位"],
            "publicity": "此件公开发布",
            "cc": ["省人民政府办公厅", "省发展改革委", "省财政厅", "成都海关"],
            "text_layer_of_title": layer_text(da, "title"),
            "text_layer_of_doc_number": layer_text(da, "docnum"),
            "text_layer_of_attachment_title": layer_text(da, "atttitle"),
        },
        "clauses": a_clauses,
        "applies_to": {
            "default": "中国（四川）自由贸易试验区（四川省）",
            "specific": {
                "一、（二）2.": "成都青白江铁路港片区（成都市青白江区）",
                "一、（二）3.": "川南临港片区（泸州市）",
                "二、（一）": "成都国际铁路港（青白江）/ 成都天府国际机场（成都市）",
                "二、（二）": "成都天府新区片区",
                "附件 row 2": "成都青白江铁路港片区",
                "附件 row 3": "成都青白江铁路港片区",
                "附件 row 4": "川南临港片区（泸州港）",
                "附件 row 5": "成都天府新区片区",
                "附件 row 6": "成都天府新区片区",
            },
            "note": "北部湾港 (一、（二）3., 附件 row 4) is the destination of the 铁海联运 trains, not a place where the item applies; 南亚 / 共建“一带一路”国家 do not place clauses abroad; 成都海关, 人民银行四川省分行, 民航西南地区管理局 are organs. 四川省 for the rest is right.",
        },
        "_note": (
            "Only a PDF (reportlab, no Word file). Furniture, not clauses: red 版头 四川省自由贸易试验区工作办公室文件 (小标宋, squeezed horizontally, text layer “四川省⾃由贸易试验区⼯作办公室⽂件”); "
            "文号 line — typed with FULL-WIDTH digits 川自贸办〔２０２４〕１１号, an analyst reads and searches 川自贸办〔2024〕11号; red rule; title in two lines (小标宋 text layer has ⾃ ⼯ ⾏ for 自 工 行, "
            "so a title search for 自贸试验区 or 提升行动 fails unless the reader folds Kangxi radicals; the two lines must be joined without a space); 主送 line (→ recipients); "
            "headings 一、二、三、 (黑体, text layer ⼀、⼆、 for the first two, 三、 clean — an outline parser that knows only 一 二 三 will see ⼀、 as body text); 附件说明 附件：… (→ attachments); "
            "落款 四川省自由贸易试验区工作办公室 + date 2024年6⽉18⽇ in the layer (→ date 2024-06-18); （此件公开发布）; label 附件 and the 附件 title (table title); 版记 抄送 line and 2024年6⽉19⽇印发 (→ published); "
            "page numbers — N — (odd right, even left). Clauses: （一）（二）（三） are run-in 楷体 headings + 仿宋 text in one paragraph = ONE clause; 1. 2. 3. are separate clauses under 一、（二）; "
            "the contact line is a clause (tolerable to drop: low). Table rows are clauses 列名：值. "
            "Code points: every 仿宋 paragraph writes 一二人入八工日月生用行金 as Kangxi radicals (U+2F00-2FD5) and 长门见 as CJK radicals supplement (U+2ED3 ⻓, U+2ED4 ⻔, U+2EC5 ⻅ — NFKC does NOT fold these; "
            "a reader needs an explicit table) mixed with ordinary characters in the same line; 楷体 run-in heads are clean. Compatibility ideographs (NFC/NFKC fold them) in single paragraphs: 不 U+F967 in 一、（一）, "
            "年 U+F98E in 一、（二）1. (全年, 2023年), 路 U+F937 in 二、（一）, 律 U+F9D8 in 二、（二）, 金 U+F90A in 三、（一）(专项资金; elsewhere 金 is the radical ⾦ U+2FA6). "
            "Careless typing: 二、（一） has ２０２４年 / ５０００列 (full-width digits); 三、（二） has ２０２４年１２⽉１０⽇, ＰＤＦ and half-width ( ) , , in Chinese text; contact line has ０２８－８３２２６５１７. "
            "An analyst searching 日, 月, 工作, 一带一路, 2024年, 5000列, PDF, 部门, 法律, 资金 must find these clauses; expected clauses are written as read (ordinary characters, ASCII digits, full-width Chinese punctuation); "
            "half-width vs full-width PUNCTUATION in the output is taste (low) — letters, digits and ideographs are not."
        ),
        "_pdf": {
            "pages": da.page,
            "non_ordinary_code_points_in_text_layer": a_layer,
            "text_layer_of_headings": {k: layer_text(da, k) for k in ("一、", "二、", "三、")},
            "text_layer_of_signature_date": layer_text(da, "sigdate"),
            "text_layer_of_banji": layer_text(da, "banji"),
            "table_page": pages_of(da, "table"),
            "note": "the eye reads ordinary text everywhere: the radicals and compatibility ideographs use the very glyph of the ordinary character (Noto CJK SC).",
        },
    }
    # ---------------- B
    b_clauses, b_layer = [B_COVER, B_INTRO], {}
    spaced_clauses = []
    for i, (typed, read, compat) in enumerate(B_ARTS, 1):
        txt = art(i) + "　" + (read or typed)
        b_clauses.append(txt)
        odd = odd_codepoints(layer_text(db, art(i)))
        if odd:
            b_layer[art(i)] = odd
        pg = pages_of(db, art(i))
        if B_SPACED_PAGE in pg:
            spaced_clauses.append("%s (pages %s)" % (art(i), pg))
    for tag in ("cover", "intro"):
        odd = odd_codepoints(layer_text(db, tag))
        if odd:
            b_layer[tag] = odd
    b = {
        "meta": {
            "title": B_TITLE,
            "doc_number": B_NUM,
            "issuer": ["连云港市人民政府办公室"],
            "date": "2024-07-12",
            "published": "2024-07-15",
            "level": "municipal",
            "region": "江苏省连云港市",
            "effective": "2024-08-01",
            "expires": "2026-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县、区人民政府", "市各委、办、局", "市各直属单位"],
            "publicity": "此件公开发布",
            "cc": ["市委各部门", "市人大常委会办公室", "市政协办公室", "市监委", "市法院", "市检察院", "连云港军分区"],
            "measures_title": B_MEAS,
            "text_layer_of_title": layer_text(db, "title"),
            "text_layer_of_measures_title": layer_text(db, "meastitle"),
        },
        "clauses": b_clauses,
        "applies_to": {
            "default": "江苏省连云港市",
            "specific": {
                "第一条": "中哈（连云港）物流合作基地（连云港市连云区）",
                "第五条": "上合组织（连云港）国际物流园（连云港市连云区）",
                "第六条": "连云港综合保税区",
                "第九条": "徐圩新区、灌云县（徐圩港区、灌河口港区）",
            },
            "note": "日本、韩国、东南亚、中东 (第四条) are route destinations and 共建“一带一路”国家 (第七条, 第八条) is where the enterprises go — the measures apply in 连云港; 中哈 / 中欧（亚） are not places. 江苏省 (from 省商务厅) is not where 第七条 applies.",
        },
        "_note": (
            "Only a PDF (reportlab). One document: the 印发 notice (cover sentence) + the measures it issues (intro + 第一条…第十四条); the measures may also be read as a second document "
            "(title " + B_MEAS + ", same issuer/date, effective 2024-08-01, expires 2026-12-31) — both tolerable. No 附件说明: the measures are issued, not attached. "
            "Furniture: red 版头 连云港市人民政府办公室文件 (squeezed), 文号 连政办发〔2024〕47号 (clean), red rule; the TITLE on page 1 (three lines: 连云港市人民政府办公室关于印发 / 连云港市支持“一带一路”强支点建设 / 若干措施的通知) is drawn CHARACTER BY CHARACTER (one BT/Tj/ET per character at explicit positions, 2 pt tracking; "
            "小标宋 text layer has ⼈ ⼀ for 人 一, and the quotes “ ” are drawn in Times-Roman, leaving wider gaps around them) — it must come back as one title with no spaces, "
            "title = " + B_TITLE + "; 主送; 落款 连云港市人民政府办公室 / 2024年7⽉12⽇ (→ date); （此件公开发布）; the measures' own title on page 2 (two lines 连云港市支持“一带一路” / 强支点建设若干措施; heading, not a clause); 版记 (抄送 … / 2024年7⽉15⽇印发 → published); page numbers. "
            "Articles: 第X条 in 黑体 + ideographic space + 仿宋 text = ONE clause each; the 黑体 text layer writes 一 二 八 as ⼀ ⼆ ⼋, so 第⼀条 第⼆条 第⼋条 第十⼀条 第十⼆条 carry radicals while 第三条 etc. are clean — "
            "an article parser must still find 14 articles with labels 第一条…第十四条. The 仿宋 body writes 日 月 行 人 工 用 as Kangxi radicals and 门 长 见 as CJK radicals supplement (⻔ ⻓ ⻅: NFKC does not fold them). "
            "PAGE " + str(B_SPACED_PAGE) + " is written with a space after every character (each space pulled back with a negative Tw so the page looks normal): text layer 第 五 条 　 推 进 上 合 组 织 …, digits too (5 0 万 元); "
            "a reader must drop those spaces (a search for 物流园 or 50万元 must find the clause) — the clauses on that page, some starting or ending on the pages next to it: " + "; ".join(spaced_clauses) + ". "
            "Careless typing: 第六条 “１２１０” (full-width), 第十三条 县(区) (half-width parentheses), 第十四条 自２０２４年８⽉１⽇起施⾏,有效期… (full-width digits + radicals + half-width comma: effective 2024-08-01 must still be found). "
            "Compatibility ideographs: 列 U+F99C in 第二条 (班列, 1000列), 金 U+F90A in 第十条 (金融, twice), 易 U+F9E0 in 第十二条 (国际贸易). "
            "Expected clauses are written as an analyst reads them."
        ),
        "_pdf": {
            "pages": db.page,
            "spaced_page": B_SPACED_PAGE,
            "clauses_touching_spaced_page": spaced_clauses,
            "title_drawn_per_character": True,
            "non_ordinary_code_points_in_text_layer": b_layer,
            "text_layer_of_signature_date": layer_text(db, "sigdate"),
            "text_layer_of_banji": layer_text(db, "banji"),
        },
    }
    return {A_STEM: [a], B_STEM: [b]}


def main():
    src = open(os.path.abspath(__file__), encoding="utf-8").read()
    chars = set(src) | set("".join(RAD.values())) | set("".join(CPT.values()))
    chars |= {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xFF01, 0xFF5F)}
    chars |= set("—－　")
    chars = {c for c in chars if c >= " "}
    with tempfile.TemporaryDirectory() as tmp:
        fdir = os.path.join(tmp, "fonts")  # fixed name inside: reportlab hashes the path into the subset tag
        os.makedirs(fdir)
        build_fonts(chars, fdir)
        da = make_a()
        db = make_b()
    if CONTROL:
        print("control PDFs in", HERE)
        return
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(da, db), fh, ensure_ascii=False, indent=1)
    print("pages:", da.page, db.page)


if __name__ == "__main__":
    main()
