"""A PDF page's words as rows and lines of text: which words stand on one row,
and where a gap between two words is a space (not the even gaps of a line
spread to its width). Pure functions over pdfplumber-style words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median
from typing import Any

Word = dict[str, Any]  # as pdfplumber's words: text, x0, x1, top, bottom (from the page's top), size (and
# recognised: True on a page whose text character recognition laid over its picture)
Row = list[Word]


def rows_of(words: Sequence[Word]) -> list[Row]:
    """Words grouped into rows: a word whose middle lies within the height of
    a word of the row, or the height of which holds a row word's middle, belongs to it (digits in another font sit a little higher
    or lower than the Chinese around them, also when the row began with a line
    of the other column set a little higher)."""
    rows: list[Row] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        # (either way round: a quotation mark's glyph is short and high, so the row it opens holds the
        # middle of no word of its line, but its own middle lies within theirs)
        if rows and any(u["top"] <= mid <= u["bottom"] or w["top"] <= (u["top"] + u["bottom"]) / 2 <= w["bottom"]
                        for u in rows[-1]) and not any(_stacked(u, w) for u in rows[-1]):
            rows[-1].append(w)
        else:
            rows.append([w])
    return [_in_order(row) for row in rows]


def _in_order(row: Row) -> Row:
    """A row's words from left to right; where a word set large beside them (文件, 令 in a cell merged down beside
    two organs' names) made one row of two lines, each line's words in turn, then the large word: read across by
    where each starts, the lines' words interleave (中 / 中华人民共和国海关总署 / 华人民共和国商务部 / 令)."""
    row.sort(key=lambda w: w["x0"])
    heights = sorted(w["bottom"] - w["top"] for w in row)
    tall = 1.5 * heights[len(heights) // 2]
    large = [w for w in row if w["bottom"] - w["top"] >= tall]
    rest = [w for w in row if w["bottom"] - w["top"] < tall]
    if not large or not rest:
        return row
    bands: list[float] = []  # each line's foot, from the top
    for w in sorted(rest, key=lambda w: w["top"]):
        if not bands or w["top"] >= bands[-1]:
            bands.append(w["bottom"])
        else:
            bands[-1] = max(bands[-1], w["bottom"])
    edge = min(w["x0"] for w in large)
    # (two names letter-spaced a character a word, 湖 北 省 … / 省 市 … 督 管, are told apart by the marks' reader;
    # the names of many organs set round their 文件 are read where they stand)
    if len(bands) != 2 or any(w["x1"] > edge for w in rest) or all(len(w["text"]) == 1 for w in rest):
        return row
    return [*sorted(rest, key=lambda w: (int(w["top"] >= bands[0]), w["x0"])), *large]


def _stacked(u: Word, w: Word) -> bool:
    """Does w stand under u, across the same stretch of the line and a line lower? Then the two are not of one row,
    though a word set large beside both spans them (a 公告 in a cell merged down beside two organs' cells): joined,
    the two lines' characters would be read across, one after the other, where both are letter-spaced."""
    if len(u["text"]) > 1 or len(w["text"]) > 1:
        return False  # (a whole word is read before or after the other line's characters, in the order of the lines)
    height = float(min(u["bottom"] - u["top"], w["bottom"] - w["top"]))
    across = float(min(u["x1"], w["x1"]) - max(u["x0"], w["x0"]))
    apart = abs(float(u["top"] + u["bottom"]) - float(w["top"] + w["bottom"])) / 2
    return across > 0.3 * height and apart >= 0.6 * height


_SPACED_RUN = 4  # single characters set evenly apart, at least, that make a letter-spaced line
_MARK_SIZE = 20.0  # points: a 发文机关标志's characters (GB/T 9704 sets them larger than 二号's 22 pt, the body 16)


def letter_spaced(row: Row) -> set[int]:
    """The indexes of the words of a row whose gap before them is one of the
    even gaps of letter-spaced text: at least four single Chinese characters
    in a run, each set as far on from the one before as the others (their
    starts a step apart within a tenth of a character: the ink of one glyph is
    wider than another's, its start is where the line set it)."""
    single = [len(w["text"]) == 1 and bool(_WIDE_CHAR.match(w["text"])) for w in row]
    steps = [row[n]["x0"] - row[n - 1]["x0"] for n in range(1, len(row))]
    out: set[int] = set()
    start = 1
    while start < len(row):
        end = start
        while (end < len(row) and single[end] and single[end - 1]
               and abs(steps[end - 1] - steps[start - 1]) <= max(0.1 * row[end]["size"], 1.0)):
            end += 1
        # (three are enough in a 发文机关标志's size: a joint mark stacks names spread to one width, 商 务 部)
        if end - start + 1 >= (3 if row[start]["size"] >= _MARK_SIZE else _SPACED_RUN):
            out.update(range(start, end))
        start = max(end, start + 1)
    return out


def line_text(words: Sequence[Word]) -> str:
    """Words of a row as one line, a space where a gap or a space stood (not
    the even gaps of a line spread to its full width, "起 施 行 ， 有 效 期")."""
    out = ""
    spread = _spread_gaps(words)
    for n, w in enumerate(words):
        gap = w["x0"] - words[n - 1]["x1"] if n else 0.0
        if n and gap > 0.1 * w["size"] and n not in spread and not (
                # (character recognition's narrow gaps between Chinese characters, which print as none: （ 三 ）,
                # 第 七 条; not the space after an article's number, a character wide)
                w.get("recognised") and gap < 0.5 * w["size"] and _WIDE_CHAR.match(words[n - 1]["text"][-1])
                and _WIDE_CHAR.match(w["text"][0])):
            out += " "  # a space, or a gap as wide
        out += w["text"]
    return out


_WIDE_CHAR = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]")


def _spread_gaps(words: Sequence[Word]) -> set[int]:
    """The indexes of the words whose gap before them only spreads a justified
    line: a run of letter-spaced text, and the gaps as wide as its own between
    two Chinese characters or marks next to it."""
    spaced = letter_spaced(list(words))
    if not spaced:
        return set()
    even = median(words[n]["x0"] - words[n - 1]["x1"] for n in spaced)
    return spaced | {n for n in range(1, len(words))
                     if abs(words[n]["x0"] - words[n - 1]["x1"] - even) <= max(0.3 * even, 0.1 * words[n]["size"])
                     and _WIDE_CHAR.match(words[n - 1]["text"][-1]) and _WIDE_CHAR.match(words[n]["text"][0])}


# — 3 —, 第 2 页 共 4 页, and a front matter's — ii —
PAGE_NUMBER = re.compile(r"[-－—–]\s*(?:\d+|[IVXivx]{1,4})\s*[-－—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?")


def is_page_number(text: str) -> bool:
    """A line that is a page number as a footer prints it, or two side by side (— 5 — — 6 —: two pages printed on
    one sheet)."""
    return bool(_PAGE_NUMBERS.fullmatch(text.strip()))


_PAGE_NUMBERS = re.compile(rf"(?:{PAGE_NUMBER.pattern})(?:\s*(?:{PAGE_NUMBER.pattern}))?")


def cell_lines(rows: Sequence[Row], x1: float) -> list[list[str]]:
    """A table cell's rows (its box's right edge at x1) grouped into the lines it was
    typed in: a row that wrapped runs on into the next one; a row that stopped
    short of the cell's right edge by more than the next row's first character and
    the cell's padding ended a line of its own ("市商务局" over "昆明海关", two
    organs set one under the other)."""
    groups: list[list[str]] = []
    for n, row in enumerate(rows):
        text = line_text(row)
        if n:
            prev = rows[n - 1]
            size = max(prev[-1]["size"], row[0]["size"])
            free = x1 - prev[-1]["x1"]  # (from the right: a paragraph's first line may be indented)
            # (a list of names wrapped after its 、 runs on, however short the line: no space follows the mark)
            if free <= _cluster_width(text, size) + 0.75 * size or groups[-1][-1][-1:] in "，、；：":
                groups[-1].append(text)
                continue
        groups.append([text])
    return groups


# What a line may not break inside at its start: a number or Latin word (with the brackets of a 文号's
# year), or a character with the marks no line opens with after it, and an opening mark with the
# character it holds on to ("目“容", "大，2023").
_CLUSTER = re.compile(r"[〔\[]?[0-9A-Za-z.,%‰+\-/:@_]+(?:[〕\]][0-9]*)?[号年月日]?"
                      r"|[“‘《（〔【]*[\u3400-\u9fff][”’》）〕】，。、；：！？]*(?:[0-9A-Za-z.%]+|[“‘《（〔【]+(?:[\u3400-\u9fff]|[0-9A-Za-z.+\-/%]+))?")


def _cluster_width(text: str, size: float) -> float:
    """About how wide a line's first unbreakable run is: Chinese characters and
    full-width marks one character each, digits and Latin letters about half."""
    m = _CLUSTER.match(text)
    run = m.group() if m else text[:1]
    return sum(size if _WIDE_CHAR.match(ch) else 0.55 * size for ch in run)
