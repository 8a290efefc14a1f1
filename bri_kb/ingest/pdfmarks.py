"""What a PDF page prints over its text that is no text of the document: a watermark (征求意见稿 set large in pale
grey, a download stamp repeated in pale text boxes), a seal drawn as text around its ring, words a revision
struck out, and a web page's sidebar of links printed beside its article (its heads, SIDEBAR_HEAD). Each takes a
page's characters (pdfpage._chars) and gives back those kept and what went."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import Any

from bri_kb.vocabulary import squash

# A portal's sidebar heads: what stands under them links to other pages
SIDEBAR_HEAD = re.compile(r"相关(?:文件|链接|阅读|新闻|政策|稿件|推荐)|政策解读|专题专栏|推荐阅读|热点专题|友情链接|热门(?:文章|推荐)")

_PALE = 160  # each of red, green and blue at least this (of 255): grey paler than a web page's #999 notes


def watermark(textpage: Any, chars: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str]:
    """The page's characters without a watermark (征求意见稿, 样本), and the
    watermark's text: characters set at least twice the body's size in a light
    grey, which a reader's eye passes over but which land among the body's lines
    (a red 版头 is as large, but red, so it stays)."""
    import ctypes

    import pypdfium2.raw as raw

    sizes = sorted(c["size"] for c in chars if not c["text"].isspace())
    if not sizes:
        return chars, ""
    large = 2 * sizes[len(sizes) // 2]
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    kept, marked = [], []
    pale: dict[int, list[dict[str, Any]]] = {}  # light grey characters of body size, by the text object they are in
    for c in chars:
        if raw.FPDFText_GetFillColor(textpage.raw, c["index"], *(ctypes.byref(x) for x in (r, g, b, a))):
            rgb = (r.value, g.value, b.value)
            grey = 128 <= min(rgb) and max(rgb) < 250 and max(rgb) - min(rgb) <= 48
            if c["size"] >= large and (grey or a.value < 128):
                marked.append(c["text"])
                continue
            if grey and min(rgb) >= _PALE and not c["text"].isspace():
                obj = raw.FPDFText_GetTextObject(textpage.raw, c["index"])
                pale.setdefault(ctypes.addressof(obj.contents) if obj else 0, []).append(c)
        kept.append(c)
    # (a watermark set at body size as text boxes in the page's header, 某某单位 2025-03-10 下载 two or three times over the
    # page: pale grey text repeated on the page is none of the document's)
    texts = Counter("".join(c["text"] for c in run).strip() for run in pale.values())
    if any(n >= 2 and len(t) >= 2 for t, n in texts.items()):
        gone = {id(c) for run in pale.values() for c in run}
        marked += [c["text"] for c in kept if id(c) in gone]
        kept = [c for c in kept if id(c) not in gone]
    return kept, "".join(marked)


_SQUARE = 0.05  # radians: how far off a quarter turn a character may stand and still be set on a line


def without_turned(chars: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The page's characters without those set at a slant, each turned its own way (a red seal's ring drawn as
    text over the 落款, 广西壮族自治区商务厅 around its star: no line of the document's), and how many went. Text set
    upright or turned a quarter (a landscape table's) stays."""
    import math

    quarter = math.pi / 2
    kept, angles = [], []  # (the turned characters' angles)
    for c in chars:
        angle = c["angle"]
        if angle >= 0 and abs(angle - quarter * round(angle / quarter)) > _SQUARE and not c["text"].isspace():
            angles.append(angle)
        else:
            kept.append(c)
    # (three characters or more at angles of their own: one slanted letter is a font's, not a ring)
    if len({round(math.degrees(a)) for a in angles}) < 3:
        return chars, 0
    return kept, len(angles)


def without_struck(chars: list[dict[str, Any]], edges: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The page's characters without those a rule strikes through at mid-height (a Word file printed with its
    revisions shown: deleted words struck out, the words put in their place underlined), and how many went.
    A rule under a character (an underline) or between lines (a table's) strikes nothing."""
    rules = sorted((e["top"], e["x0"], e["x1"]) for e in edges if e["orientation"] == "h")
    if not rules:
        return chars, 0
    tops = [r[0] for r in rules]
    kept: list[dict[str, Any]] = []
    gone = 0
    opening: dict[str, Any] | None = None  # a struck character that opens its line
    for c in chars:
        middle, half = (c["top"] + c["bottom"]) / 2, (c["bottom"] - c["top"]) * _STRIKE_BAND
        centre = (c["x0"] + c["x1"]) / 2
        near = rules[bisect_left(tops, middle - half) : bisect_right(tops, middle + half)]
        if c["text"].isspace() or not any(x0 <= centre <= x1 for _, x0, x1 in near):
            if opening is not None and abs(opening["top"] - c["top"]) < half and opening["x0"] < c["x0"]:
                c = {**c, "x0": opening["x0"]}  # (the line still opens where it did, not indented)
            opening = None
            kept.append(c)
            continue
        gone += 1
        # (the character before it on the line spans the gap it leaves, so that the words either side of a struck
        # word join as the revised text reads: 第五四条 -> 第四条, not 第 四条; the line keeps its width)
        if kept and abs(kept[-1]["top"] - c["top"]) < half and kept[-1]["x1"] <= c["x0"] + 1:
            kept[-1] = {**kept[-1], "x1": c["x1"]}
        elif opening is None:
            opening = c
    return kept, gone


_STRIKE_BAND = 0.2  # how far from a character's mid-height a rule through it may run (a fifth of its height)


def coloured_rule(obj: Any, box: tuple[float, float, float, float], height: float) -> dict[str, Any] | None:
    """A path object (its bounds: left, bottom, right, top) as a thin level rule drawn in a colour (not black or grey),
    or None: the strokes a Word file printed with its revisions shown draws through deleted words, in its reviewer's
    colour. (A rule through black words, as a 修改对照表 strikes its old wording, is the document's own; so is a
    flowchart's line.)"""
    import ctypes

    import pypdfium2.raw as raw

    left, bottom, right, top = box
    if top - bottom > _THIN or right - left <= _THIN:
        return None
    rgba = [ctypes.c_uint() for _ in range(4)]
    for get in (raw.FPDFPageObj_GetStrokeColor, raw.FPDFPageObj_GetFillColor):
        if get(obj, *(ctypes.byref(v) for v in rgba)):
            r, g, b, _ = (v.value for v in rgba)
            if max(r, g, b) - min(r, g, b) >= _CHROMATIC:
                return {"orientation": "h", "x0": left, "x1": right, "top": height - (top + bottom) / 2}
    return None


_THIN = 2.0  # a path object at most this thick is a rule (pdfpage's), and longer than this
_CHROMATIC = 60  # how far apart a colour's channels are (of 255): red, amber, blue; not black, grey or white


_Cells = list[list[tuple[float, float, float, float] | None]]  # a ruled table's cell boxes (pdfpage.Cells)


def page_frame(table: _Cells, chars: list[dict[str, Any]], height: float) -> bool:
    """May a "table" be the frame a web page's layout draws round its parts (a header band, then the article beside
    a sidebar of 相关文件, as a browser prints it): a few rows, one cell taller than half the page holding many lines?
    (A table of long cells is as tall: only a sidebar of links in it makes it a frame, without_sidebars.)"""
    for row in table[:_FRAME_ROWS] if len(table) <= _FRAME_ROWS else ():
        for cell in row:
            if cell is not None and cell[3] - cell[1] > 0.5 * height:
                lines = {round(c["top"]) for c in chars if cell[0] <= c["x0"] < cell[2] and cell[1] <= c["top"] < cell[3]}
                if len(lines) >= _FRAME_LINES:
                    return True
    return False


_FRAME_ROWS, _FRAME_LINES = 6, 12


def without_sidebars(chars: list[dict[str, Any]], tall: Sequence[_Cells], before: set[tuple[int, int]]
                      ) -> tuple[list[dict[str, Any]], int, set[tuple[int, int]], list[_Cells]]:
    """The page's characters without those in a tall table's cell that is a web page's sidebar of links (its head
    one of SIDEBAR_HEAD: 相关文件, 政策解读, 专题专栏; or where the page before had one, its links running on), how
    many lines went, where such cells stand across the page (for the next page), and the tables that hold one:
    the page's frame, no table (its other cells are the article, read as text)."""
    gone: set[int] = set()
    lines = 0
    found: set[tuple[int, int]] = set()
    frames: list[_Cells] = []
    for table, cell in ((t, c) for t in tall for row in t for c in row if c is not None):
        inside = [k for k, c in enumerate(chars) if cell[0] <= c["x0"] < cell[2] and cell[1] <= c["top"] < cell[3]]
        rows: dict[int, str] = {}
        for k in inside:
            rows[round(chars[k]["top"])] = rows.get(round(chars[k]["top"]), "") + chars[k]["text"]
        across = (round(cell[0]), round(cell[2]))
        if across in before or any(SIDEBAR_HEAD.fullmatch(squash(text)) for text in rows.values()):
            gone.update(inside)
            lines += len(rows)
            found.add(across)
            frames += [] if any(f is table for f in frames) else [table]
    return [c for k, c in enumerate(chars) if k not in gone], lines, found, frames
