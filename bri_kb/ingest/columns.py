"""Two text columns with a ruled table set inside one of them (a gazette's page): where the columns part and
where they start under a head set across the page, so that each column is read whole, its table in its place.
Pure functions over a PDF page's words (pdfplumber's, with their tops) and its tables' boxes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from bri_kb.ingest.pdfpage import Box
from bri_kb.ingest.words import Row, Word, letter_spaced

_CROSSINGS = 2  # more lines than this crossing one gutter mid-page: reading order uncertain


def table_columns(words: Sequence[Word], boxes: Sequence[Box], body: tuple[float, float]) -> tuple[float, float] | None:
    """(gutter, start) of a two-column page whose ruled table stands in one column with the other column's
    text beside it: where the columns part, and the bottom of the lines set across them above (a masthead, a
    title across the page; the body's top if none). None if no table does, or a line crosses the gutter below
    the top of the table."""
    inside = [w for w in words if body[0] <= w["top"] <= body[1]]
    if not inside:
        return None
    left, right = min(w["x0"] for w in inside), max(w["x1"] for w in inside)
    for x0, top, x1, bottom in boxes:
        beside_right = [w["x0"] for w in inside if w["x0"] > x1 and w["bottom"] > top and w["top"] < bottom]
        beside_left = [w["x1"] for w in inside if w["x1"] < x0 and w["bottom"] > top and w["top"] < bottom]
        if x1 < left + 0.55 * (right - left) and beside_right:
            gutter: float = (x1 + min(beside_right)) / 2
        elif x0 > left + 0.45 * (right - left) and beside_left:
            gutter = (max(beside_left) + x0) / 2
        else:
            continue
        start = _head_end(inside, gutter, left, right, max((w["bottom"] for w in inside if w["x0"] < gutter < w["x1"]),
                                                           default=body[0]))
        below = [w for w in inside if w["top"] >= start]
        # (rows of both columns side by side: their lines need not share a baseline, only stand level)
        rights = [w["top"] for w in below if w["x0"] > gutter]
        level = {round(w["top"]) for w in below if w["x1"] < gutter and any(abs(w["top"] - t) < w["size"] for t in rights)}
        if start < top and len(level) >= 3:
            return gutter, start
    return None


_MIN_COLUMN_LINES = 8  # lines on each side of a gutter, at least, before a page is read as two text columns


def staggered_columns(words: Sequence[Word], body: tuple[float, float]) -> tuple[float, float] | None:
    """(gutter, start) of a page set in two text columns whose lines do not stand level (a gazette's columns, each
    paragraph's spacing its own, so that no row holds both columns' lines and no gap between them shows row by
    row): below the lines set across the page, a stretch near its middle that no word prints over, each column's
    lines justified to it (most of the left's end within a character of the gutter, most of the right's start at
    its edge or a paragraph's indent in from it), and most lines of one column level with none of the other.
    None if not (a borderless table's labels end where they end)."""
    inside = [w for w in words if body[0] <= w["top"] <= body[1]]
    if len(inside) < 2 * _MIN_COLUMN_LINES:
        return None
    left, right = min(w["x0"] for w in inside), max(w["x1"] for w in inside)
    size = sorted(w["size"] for w in inside)[len(inside) // 2]
    across = sorted(inside, key=lambda w: w["x0"])
    for start in sorted({w["top"] for w in inside})[: len(inside) // 2]:
        below = [w for w in across if w["top"] >= start]
        reach, gutter = below[0]["x1"], None
        for w in below[1:]:
            middle = (reach + w["x0"]) / 2
            if w["x0"] - reach >= 0.5 * size and abs(middle - (left + right) / 2) < 0.15 * (right - left):
                gutter = middle
                break
            reach = max(reach, w["x1"])
        if gutter is None:
            continue
        lines = [_line_ends(below, side, gutter) for side in (0, 1)]
        if min(len(x) for x in lines) < _MIN_COLUMN_LINES:
            return None
        edge, margin = max(end for _, _, end in lines[0]), min(x0 for _, x0, _ in lines[1])
        flush = sum(edge - end <= size for _, _, end in lines[0]) / len(lines[0])
        aligned = sum(x0 - margin <= 2.5 * size for _, x0, _ in lines[1]) / len(lines[1])
        tops = [top for top, _, _ in lines[1]]
        apart = sum(all(abs(top - t) >= 0.5 * size for t in tops) for top, _, _ in lines[0]) / len(lines[0])
        return (gutter, start) if flush >= 0.6 and aligned >= 0.8 and apart >= 0.5 else None
    return None


def _line_ends(words: Sequence[Word], side: int, gutter: float) -> list[tuple[float, float, float]]:
    """The lines of one side of the gutter (0 left, 1 right) as (top, start, end)."""
    lines: dict[int, tuple[float, float, float]] = {}
    for w in words:
        if (w["x1"] <= gutter) == (side == 0):
            top, x0, x1 = lines.get(round(w["top"]), (w["top"], w["x0"], w["x1"]))
            lines[round(w["top"])] = (top, min(x0, w["x0"]), max(x1, w["x1"]))
    return list(lines.values())


def columns_of(words: Sequence[Word], body: tuple[float, float], gutter: float,
               start: float) -> tuple[list[Word], list[Word], list[Word], list[Word]]:
    """The page's words as its head (the top margin and the lines across the columns above them), its left
    and right columns, and its foot (the bottom margin)."""
    head = [w for w in words if w["top"] < body[0] or body[0] <= w["top"] < start]
    foot = [w for w in words if w["top"] > body[1]]
    middle = [w for w in words if max(body[0], start) <= w["top"] <= body[1]]
    return head, [w for w in middle if w["x1"] <= gutter], [w for w in middle if w["x0"] >= gutter], foot


def _head_end(words: Sequence[Word], gutter: float, left: float, right: float, start: float) -> float:
    """The bottom of the head across the columns: past `start`, the rows set centred on the page (see
    centred_across)."""
    for top in sorted({round(w["top"]) for w in words if w["top"] >= start}):
        # (the row is every word level with it, not only those rounded to the same top: a list's number "1." set a
        # fraction higher than its item's text in the right column would stand alone, centred on the gutter)
        row = [w for w in words if abs(w["top"] - top) < 0.5 * w["size"]]
        if not centred_across(row, gutter, left, right):
            break
        start = max(w["bottom"] for w in row)
    return start


# An article's, a chapter's or a section's label as a word of its own: 第十四条, 第一章 (what is set so heads text, no table)
LABEL_WORD = re.compile(r"第[一二三四五六七八九十百零〇]{1,5}([条章节])")


def centred_across(row: Sequence[Word], gutter: float, left: float, right: float) -> bool:
    """Is a row set centred on the page, clear of both columns' outer edges: a masthead's line across the
    columns (…办公厅主办　2024年6月28日出版), though its halves stand either side of the gutter?"""
    inset = 0.1 * (right - left)
    a, b = min(w["x0"] for w in row), max(w["x1"] for w in row)
    # (not two headings, one centred atop each column: 第一章　总　则 beside 第二章　通关服务)
    heads = sum(bool((m := LABEL_WORD.match(w["text"])) and m.group(1) != "条") for w in row)
    return bool(a > left + inset and b < right - inset and abs((a + b) / 2 - gutter) < inset / 2) and heads < 2


def overprinted(row: Sequence[Word]) -> bool:
    """Two different words printed over each other: a line run across the
    gutter into the next column's text, which no order can read."""
    return any(b["x0"] < a["x1"] - 0.5 * a["size"] and a["text"] != b["text"] for a, b in zip(row, row[1:], strict=False))


def crossed(gutters: Sequence[float]) -> bool:
    """Text columns cut into more pieces than a spanning heading or two would
    cut them: lines cross the gutter, and left and right may interleave."""
    by_gutter = Counter(round(g / 4) for g in gutters)
    return any(n > _CROSSINGS + 1 for n in by_gutter.values())


def body_left(starts: Sequence[tuple[float, float]], size: float, share: float = 0.15) -> float:
    """The body's left edge from where its rows start ((top, x0) of each): the leftmost start at or left of which
    a fair share of the rows begin, when every row that starts further left stands above the body (a web page's
    site header and navigation, printed from a browser above the text: else every line of the text would read
    as indented), or when one or two rows start far left of it (a note in the margin); the leftmost start otherwise,
    and 0.0 if there are no rows."""
    xs = sorted(x for _, x in starts)
    for x in xs:
        if sum(s <= x + size / 2 for s in xs) >= share * len(xs):
            outside = [t for t, s in starts if s < x - size / 2]
            # (or a note or two in the page's margin, far left of the text: a text box beside the title, 此件 / 公开发布)
            noted = len(outside) <= 2 < len(xs) - len(outside) and all(s < x - 2.5 * size for _, s in starts if s < x - size / 2)
            return x if not outside or noted or max(outside) < min(t for t, s in starts if s >= x - size / 2) else xs[0]
    return 0.0


def file_margin(edges: Sequence[tuple[float, float, int]]) -> tuple[float, float] | None:
    """The left and right edges most of a file's lines are measured against ((left, right, lines) per page), as
    Word sets one page size and margins for a whole document; None when no edges hold most of its lines (a file of
    pages set differently)."""
    count: Counter[tuple[int, int]] = Counter()
    for left, right, n in edges:
        count[(round(left), round(right))] += n
    if not count:
        return None
    (left, right), n = count.most_common(1)[0]
    return (float(left), float(right)) if n * 2 > sum(count.values()) else None


def at_margin(left: float, right: float, margin: tuple[float, float] | None, size: float) -> bool:
    """Is a line's left edge, found from its own page, the file's margin pushed in: the page's lines all indented (a
    page of list items wrapped under their text, a paragraph's first line further in), its right edge the file's? A
    column of a page set in two starts far further in."""
    return (margin is not None and abs(right - margin[1]) <= size / 2
            and margin[0] + size / 2 < left <= margin[0] + 2 * size)


_MIN_ROWS = 3  # rows that open a word at a tab stop before it counts (as many as make a block a table)
_CELL_SHARE = 0.35  # the widest a word of a tabbed table's row runs, as a share of the row's width


def tab_stops(rows: Sequence[Row], size: float) -> list[float]:
    """Gutters of columns typed with tabs (a table re-typed as text: 序号→线路名称→始发站…): their words start at the
    same x row after row, though a long cell may come within a character of the next column, too close for a
    gutter by gaps alone. A start counts where at least _MIN_ROWS rows open a word at it (within a point) after a
    gap of a quarter character or more, and only where at least _MIN_ROWS rows open three words or more after such
    gaps, each at a start that counts: prose whose words after a space happen to stand on one character grid, or
    an English line's words, start elsewhere too; and no word of those rows runs over a third of the row, as a text
    column's line does. The gutter lies in the narrowest gap before the start."""
    found: list[list[tuple[float, float]]] = []
    for row in rows:
        spaced = letter_spaced(row)
        reach = row[0]["x1"]
        here = []
        for n, w in enumerate(row[1:], 1):
            if w["x0"] - reach >= 0.25 * size and n not in spaced:
                here.append((w["x0"], w["x0"] - reach))
            reach = max(reach, w["x1"])
        found.append(here)
    stops: list[tuple[float, float]] = []  # (x, narrowest gap before it)
    for x, _ in sorted(s for here in found for s in here):
        if any(abs(x - a) <= 1.0 for a, _ in stops):
            continue
        near = [g for here in found for a, g in here if abs(a - x) <= 1.0]
        if len(near) >= _MIN_ROWS:
            stops.append((x, min(near)))
    full = [row for row, here in zip(rows, found, strict=True) if len(here) >= 3
            and all(any(abs(a - x) <= 1.0 for x, _ in stops) for a, _ in here)]
    # (nor text columns, an article's number set apart from its text in each: a line of text runs across its column)
    if len(full) < _MIN_ROWS or any(w["x1"] - w["x0"] >= _CELL_SHARE * (max(v["x1"] for v in row) - row[0]["x0"])
                                    for row in full for w in row):
        return []
    return [x - gap / 2 for x, gap in stops]
