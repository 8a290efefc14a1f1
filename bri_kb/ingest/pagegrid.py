"""A block of rows read as a table (its rows start where the first column has text, or where a row's number
stands), or as a list whose numbers or bullets stand apart from their text like a table's first column."""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from bri_kb.ingest.cleaners import bullets
from bri_kb.ingest.conventions import BULLETS, cell_text
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.pageparts import Block, Grid, TextLine, split_row, text_line
from bri_kb.ingest.text import join_wrapped
from bri_kb.ingest.words import Row, Word, is_page_number, line_text
from bri_kb.vocabulary import squash

FEW_LARGE = 6  # the characters a 版头 sets large beside its organs' names (文件, 文 / 件): no body of text, no column
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇两\d]+条")


def _big_beside(split: Sequence[Sequence[Row]]) -> bool:
    """A few characters set large at the right of lines of text, in no more than three rows (a 版头's upright 文件
    in a merged cell beside the organs' names, 义乌市商务局 文 / 中共义乌市委…办公室 件): no table's column."""
    left = [w for cells in split for w in cells[0]]
    right = [w for cells in split for w in cells[1]]
    return (bool(left) and bool(right) and sum(1 for cells in split if cells[1]) <= 3 and sum(1 for c in split if c[0]) >= 5
            and sum(len(w["text"]) for w in right) <= FEW_LARGE
            and max(w["size"] for w in right) >= 1.5 * median(w["size"] for w in left))


def one_under_another(block: Block) -> bool:
    """Lines set one under another, not a table, though a gap in them lines up like a gutter: articles or items
    whose numbers are equally long ("第十五条　本办法…" over "第十六条　本办法…", or Word's tab after an automatic
    "（一）"), or labels of two characters spread apart (出　席：… / 列　席：… / 请　假：…, a 纪要's lists with a
    hanging indent). One gutter, and every row with text on both sides of it opens with a number alone on its
    left, or with one character there and a character and a colon on its right (the wrapped lines in between
    sit on one side)."""
    if len(block.gutters) != 1:
        return False
    split = [split_row(r, block.gutters) for r in block.rows]
    if _big_beside(split):
        return True
    pairs = [(squash(line_text(cells[0])), squash(line_text(cells[1]))) for cells in split if cells[0] and cells[1]]
    return len(pairs) >= 2 and (all(_ARTICLE.fullmatch(a) or _number_alone(a) for a, _ in pairs)
                                or all(re.fullmatch(r"[\u4e00-\u9fff]", a) and re.match(r"[\u4e00-\u9fff][:：]", b)
                                       for a, b in pairs))


def bulleted(block: Block) -> bool:
    """A list whose bullets stand apart from their text (a slide's • and its wrapped lines set under the text), not
    a table: one gutter, and every row with text left of it holds a bullet alone there (•, ●, ■, or – a level below)."""
    if len(block.gutters) != 1:
        return False
    lefts = [squash(line_text(cells[0])) for cells in (split_row(r, block.gutters) for r in block.rows) if cells[0]]
    return len(lefts) >= 2 and all(len(t) == 1 and (bullets(t) in BULLETS or t in "–-") for t in lefts)


def entries(block: Block, left: float, right: float) -> list[TextLine]:
    """A bulleted list's entries, each its bullet and its text with the lines it wraps to, as one line."""
    out: list[TextLine] = []
    group: list[Row] = []
    for row in [*block.rows, None]:
        if group and (row is None or split_row(row, block.gutters)[0]):
            words = [w for r in group for w in r]
            cells = [split_row(r, block.gutters) for r in group]
            text = " ".join(filter(None, (line_text(cells[0][0]) if cells[0][0] else "",
                                          join_wrapped([line_text(c[1]) for c in cells if c[1]]))))
            out.append(TextLine(min(w["top"] for w in words), max(w["bottom"] for w in words), words[0]["x0"],
                                max(w["x1"] for w in words), median(w["size"] for w in words), text, left, right))
            group = []
        if row is not None:
            group.append(row)
    return out


def _number_alone(text: str) -> bool:
    """Is the text only an item's number (（一）, 1., ①, or a decimal outline's 1, 1.1, 2.1.3)?"""
    m = marker_of(text)
    return m is not None and m[1] == text or bool(re.fullmatch(r"[1-9]\d?(?:\.\d{1,2}){0,2}", text))


Cells = list[list[Word]]  # a row's words, column by column


def grid(block: Block, at_top: bool, header: tuple[str, ...]) -> tuple[list[TextLine], Grid, list[TextLine]]:
    """A block read as a table: the lines above its first row, its rows, and a heading after them.
    A row starts where the first column has text; at the top of a page, lines
    before the first such row are the rest of a row the page break cut, and
    a repeat of the header row (carried from the page before) is cut off
    where its text ends, so that it can be recognised and dropped."""
    # A page number printed under the table's columns ("— 3 —") is no part of a cell.
    block = Block([r for r in block.rows if not is_page_number(line_text(r))] or block.rows, block.gutters)
    block, post = _heading_after(block, (min(w["x0"] for r in block.rows for w in r), max(w["x1"] for r in block.rows for w in r)))
    cells = [split_row(r, block.gutters) for r in block.rows]
    starts = _row_starts(cells)
    first = starts[0] if starts else len(cells)
    pre: list[TextLine] = []
    groups: list[list[Cells]] = []
    if first and at_top:
        groups.append(cells[:first])
    else:
        left = min(w["x0"] for r in block.rows[:first] for w in r) if first else 0.0
        right = max(w["x1"] for r in block.rows[:first] for w in r) if first else 0.0
        pre = [text_line(r, left, right) for r in block.rows[:first]]
    for n, s in enumerate(starts):
        groups.append(cells[s : starts[n + 1] if n + 1 < len(starts) else len(cells)])
    if at_top and header and groups:
        groups[:1] = _cut_header(groups[0], header)
    rows = tuple(_row(group, len(block.gutters) + 1) for group in groups)
    return pre, Grid(block.rows[0][0]["top"], rows, tuple(block.gutters), header or (rows[0] if rows else ())), post


def _row_starts(cells: Sequence[Sequence[Sequence[Word]]]) -> list[int]:
    """Where the rows start: a line with text in the first column; but where rows open with their number (１．…, 1),
    a line with text in the first column alone and no number is the wrapped rest of the row above (…班列回程 /
    货源组织)."""
    starts = [n for n, c in enumerate(cells) if c[0]]
    if sum(1 for n in starts if _ROW_OPENS.match(line_text(cells[n][0]))) < 2:
        return starts
    # (a category line between rows, （一）… or 一、…, still starts a row of its own)
    return [n for n in starts if n == starts[0] or any(cells[n][1:]) or _ROW_OPENS.match(line_text(cells[n][0]))
            or marker_of(line_text(cells[n][0]).strip()) is not None]


def _heading_after(block: Block, edges: tuple[float, float]) -> tuple[Block, list[TextLine]]:
    """The block without the outline's next heading that it took in under its last row (二、资金拨付和管理, text
    in the first column alone), and that heading as a line after it."""
    last = block.rows[-1]
    if len(block.rows) > 2 and not any(split_row(last, block.gutters)[1:]) and (m := marker_of(line_text(last).strip())) \
            and m[0] in ("cn", "chapter"):
        return Block(block.rows[:-1], block.gutters), [text_line(last, *edges)]
    return block, []


_ROW_OPENS = re.compile(r"[0-9０-９]{1,3}(?:[.．、]|$)")  # a row's number: 1, １．


def _row(group: list[Cells], width: int) -> tuple[str, ...]:
    return tuple(cell_text(join_wrapped([line_text(c[k]) for c in group if c[k]])) for k in range(width))


def _cut_header(group: list[Cells], header: tuple[str, ...]) -> list[list[Cells]]:
    """The header's lines and the rest, if the group opens with the header."""
    want = [squash(h) for h in header]
    for k in range(1, len(group)):
        got = [squash("".join(line_text(c[n]) for c in group[:k] if n < len(c) and c[n])) for n in range(len(want))]
        if got == want:
            return [group[:k], group[k:]]
        if any(not w.startswith(g) for g, w in zip(got, want, strict=True)):
            break
    return [group]
