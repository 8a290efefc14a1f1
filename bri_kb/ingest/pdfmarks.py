"""What a PDF page prints over its text that is no text of the document: a watermark (征求意见稿 set large in pale
grey, a download stamp repeated in pale text boxes) and a seal drawn as text around its ring. Each takes a page's
characters (pdfpage._chars) and gives back those kept and what went."""

from __future__ import annotations

from collections import Counter
from typing import Any

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


def without_turned(textpage: Any, chars: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The page's characters without those set at a slant, each turned its own way (a red seal's ring drawn as
    text over the 落款, 广西壮族自治区商务厅 around its star: no line of the document's), and how many went. Text set
    upright or turned a quarter (a landscape table's) stays."""
    import math

    import pypdfium2.raw as raw

    quarter = math.pi / 2
    kept, angles = [], []  # (the turned characters' angles)
    for c in chars:
        angle = raw.FPDFText_GetCharAngle(textpage.raw, c["index"])
        if angle >= 0 and abs(angle - quarter * round(angle / quarter)) > _SQUARE and not c["text"].isspace():
            angles.append(angle)
        else:
            kept.append(c)
    # (three characters or more at angles of their own: one slanted letter is a font's, not a ring)
    if len({round(math.degrees(a)) for a in angles}) < 3:
        return chars, 0
    return kept, len(angles)
