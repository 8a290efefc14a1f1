"""Reading order from positions: a PDF page's words as lines, text columns
and tables without rulings.

Words are grouped into rows by their vertical position. A gutter is an x
position that many rows leave empty while holding text on both sides of it.
A run of rows that all leave the same gutters empty is a block: gutters that
part it into (nearly) equal widths make text columns (read one after the
other, left to right), anything else is a table whose rows start where its
first column has text; a table that ends a page lends its gutters and header
row to the next, where a repeat of the header is cut off and the rest of a
cut row carries on. Rows that cross every gutter (titles, spanning headings, full-width
prose) are read as they come. Nothing here knows any document's content.

Reading order is uncertain when a line runs over the gutter into the other
column's text (words printed over words), when a column ends inside a
sentence that the next column does not carry on (it opens a paragraph), or
when a page's columns are cut again and again by lines that cross their
gutter: the blocks are then read in an order that may interleave the columns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from bri_kb.ingest.clean import bullets
from bri_kb.ingest.columns import body_left, centred_across, crossed, overprinted
from bri_kb.ingest.conventions import BULLETS, cell_text
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.text import join_wrapped
from bri_kb.ingest.words import Row, Word, is_page_number, letter_spaced, line_text, rows_of
from bri_kb.vocabulary import squash

_MIN_TWO_SIDED = 2  # rows with text on both sides before a gap counts as a gutter
_MIN_BLOCK = 3  # rows with text on both sides of one gutter before a block is columns or a table
_BALANCE = 0.7  # text columns are (nearly) equally wide; a table's columns seldom are


@dataclass(frozen=True)
class TextLine:
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    left: float  # the left edge of the column (or page text) the line stands in
    right: float


@dataclass(frozen=True)
class Grid:
    """A table found from positions (or from rulings): rows of cell texts."""

    top: float
    rows: tuple[tuple[str, ...], ...]
    gutters: tuple[float, ...] = ()  # where its columns part (tables found from positions)
    header: tuple[str, ...] = ()  # the header row of the table it belongs to (found tables)


@dataclass(frozen=True)
class PageLayout:
    items: tuple[TextLine | Grid, ...]  # in reading order
    uncertain: bool  # columns interleave: the order of the page's lines may be wrong


def _gaps(row: Row, min_gap: float) -> list[tuple[float, float]]:
    """The empty stretches inside a row, at least min_gap wide (not the even
    gaps of a letter-spaced line: a 发文机关标志 spread across its cell)."""
    out = []
    reach = row[0]["x1"]
    spaced = letter_spaced(row)
    for n, w in enumerate(row[1:], 1):
        if w["x0"] - reach >= min_gap and n not in spaced:
            out.append((reach, w["x0"]))
        reach = max(reach, w["x1"])
    return out


def _crosses(row: Row, x: float) -> bool:
    return any(w["x0"] - 0.5 < x < w["x1"] + 0.5 for w in row)


def _two_sided(row: Row, x: float) -> bool:
    return not _crosses(row, x) and row[0]["x0"] < x < max(w["x1"] for w in row)


def gutter_candidates(rows: Sequence[Row], min_gap: float, carried: Sequence[float] = ()) -> list[float]:
    """x positions that at least _MIN_TWO_SIDED rows leave empty between text:
    the middle of each stretch where the most rows agree. A stretch that holds
    a carried gutter (of the table the page before ended with) is that gutter."""
    counts: Counter[int] = Counter()
    for row in rows:
        for a, b in _gaps(row, min_gap):
            counts.update(range(int(a) + 1, int(b)))
    out: list[float] = list(carried)
    xs = sorted(x for x, n in counts.items() if n >= _MIN_TWO_SIDED)
    run: list[int] = []
    for x in [*xs, -10]:
        if run and x != run[-1] + 1:
            peak = max(counts[v] for v in run)
            top = [v for v in run if counts[v] == peak]
            if not any(run[0] - 1 <= k <= run[-1] + 1 for k in carried):
                out.append((top[0] + top[-1]) / 2)
            run = []
        run.append(x)
    return sorted(out)


@dataclass
class _Block:
    rows: list[Row]
    gutters: list[float]


def blocks_of(rows: Sequence[Row], candidates: Sequence[float], carried: Sequence[float] = ()) -> list[_Block]:
    """Runs of rows that share gutters (rows that share none stand alone).
    carried: the gutters of a table the page before ended with, which count
    even where no row of this page has text on both sides of them."""
    out: list[_Block] = []
    i = 0
    while i < len(rows):
        shown = [c for c in candidates if _two_sided(rows[i], c)]
        if not shown:
            out.append(_Block([rows[i]], []))
            i += 1
            continue
        alive = [c for c in candidates if not _crosses(rows[i], c)]
        two = Counter(shown)
        j = i + 1
        while j < len(rows):
            still = [c for c in alive if not _crosses(rows[j], c)]
            if not any(two[c] or _two_sided(rows[j], c) for c in still):
                break
            alive = still
            two.update(c for c in alive if _two_sided(rows[j], c))
            j += 1
        # A table carried on from the page before goes on at the top of the page, not further down
        # (a 目录 ending a page does not make each article's "第一条　…" a row of it).
        carry = carried if i == 0 else ()
        gutters = [c for c in alive if two[c] >= 2 or c in carry]
        # Two lines with a gap each ("联系人：…    电话：…") are no table yet.
        if gutters and (max(two[c] for c in gutters) >= _MIN_BLOCK or any(c in carry for c in gutters)):
            out.append(_Block(list(rows[i:j]), gutters))
        else:
            out += [_Block([r], []) for r in rows[i:j]]
        i = j
    return out


def _blocks_within(rows: Sequence[Row], candidates: Sequence[float], body: tuple[float, float],
                   carried: Sequence[float]) -> list[_Block]:
    """blocks_of for the rows inside the body; a running header or footer row
    stands alone."""
    out: list[_Block] = []
    run: list[Row] = []
    first = True  # no body row read yet: a table may carry on from the page before
    for row in [*rows, None]:
        if row is not None and body[0] <= row[0]["top"] and max(w["bottom"] for w in row) <= body[1]:
            run.append(row)
            continue
        if run:
            out += _carried_on(blocks_of(run, candidates, carried if first else ()), first)
            first = False
        run = []
        if row is not None:
            out.append(_Block([row], []))
    return out


def _carried_on(blocks: list[_Block], first: bool) -> list[_Block]:
    """At the top of a page, the lines above the first block that keep clear
    of its gutters are the rest of a cell or column the page break cut."""
    k = next((n for n, b in enumerate(blocks) if b.gutters), None)
    if not first or not k:
        return blocks
    head, block = blocks[:k], blocks[k]
    if any(_crosses(r, g) for b in head for r in b.rows for g in block.gutters):
        return blocks
    return [_Block([r for b in head for r in b.rows] + block.rows, block.gutters), *blocks[k + 1 :]]


_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇两\d]+条")


def _one_under_another(block: _Block) -> bool:
    """Lines set one under another, not a table, though a gap in them lines up like a gutter: articles or items
    whose numbers are equally long ("第十五条　本办法…" over "第十六条　本办法…", or Word's tab after an automatic
    "（一）"), or labels of two characters spread apart (出　席：… / 列　席：… / 请　假：…, a 纪要's lists with a
    hanging indent). One gutter, and every row with text on both sides of it opens with a number alone on its
    left, or with one character there and a character and a colon on its right (the wrapped lines in between
    sit on one side)."""
    if len(block.gutters) != 1:
        return False
    split = [_split(r, block.gutters) for r in block.rows]
    pairs = [(squash(line_text(cells[0])), squash(line_text(cells[1]))) for cells in split if cells[0] and cells[1]]
    return len(pairs) >= 2 and (all(_ARTICLE.fullmatch(a) or _number_alone(a) for a, _ in pairs)
                                or all(re.fullmatch(r"[\u4e00-\u9fff]", a) and re.match(r"[\u4e00-\u9fff][:：]", b)
                                       for a, b in pairs))


def _bulleted(block: _Block) -> bool:
    """A list whose bullets stand apart from their text (a slide's • and its wrapped lines set under the text), not
    a table: one gutter, and every row with text left of it holds a bullet alone there (•, ●, ■, or – a level below)."""
    if len(block.gutters) != 1:
        return False
    lefts = [squash(line_text(cells[0])) for cells in (_split(r, block.gutters) for r in block.rows) if cells[0]]
    return len(lefts) >= 2 and all(len(t) == 1 and (bullets(t) in BULLETS or t in "–-") for t in lefts)


def _entries(block: _Block, left: float, right: float) -> list[TextLine]:
    """A bulleted list's entries, each its bullet and its text with the lines it wraps to, as one line."""
    out: list[TextLine] = []
    group: list[Row] = []
    for row in [*block.rows, None]:
        if group and (row is None or _split(row, block.gutters)[0]):
            words = [w for r in group for w in r]
            cells = [_split(r, block.gutters) for r in group]
            text = " ".join(filter(None, (line_text(cells[0][0]) if cells[0][0] else "",
                                          join_wrapped([line_text(c[1]) for c in cells if c[1]]))))
            out.append(TextLine(min(w["top"] for w in words), max(w["bottom"] for w in words), words[0]["x0"],
                                max(w["x1"] for w in words), median(w["size"] for w in words), text, left, right))
            group = []
        if row is not None:
            group.append(row)
    return out


def _number_alone(text: str) -> bool:
    """Is the text only an item's number (（一）, 1., ①)?"""
    m = marker_of(text)
    return m is not None and m[1] == text


def _is_columns(block: _Block) -> bool:
    """Text columns, not a table: the gutters part the block into columns of
    (nearly) equal width, as a gazette's or a newspaper's are."""
    x0: float = min(w["x0"] for r in block.rows for w in r)
    x1: float = max(w["x1"] for r in block.rows for w in r)
    edges = [x0, *block.gutters, x1]
    widths = [b - a for a, b in zip(edges, edges[1:], strict=False)]
    return bool(min(widths) >= _BALANCE * max(widths))


def _sidebar(block: _Block) -> float:
    """A box set in smaller type beside the body's text (a hotline, a 温馨提示), which two columns of
    a table would not be: one gutter, one side's type at most four fifths of the other's, the larger
    side's lines running to the gutter as a paragraph's do. The body's size, or 0 for none."""
    if len(block.gutters) != 1:
        return 0.0
    gutter = block.gutters[0]
    sides = ([w for r in block.rows for w in r if w["x1"] <= gutter], [w for r in block.rows for w in r if w["x0"] >= gutter])
    if not all(sides):
        return 0.0
    sizes = [median(w["size"] for w in side) for side in sides]
    body = 0 if sizes[0] > sizes[1] else 1
    if sizes[1 - body] > 0.8 * sizes[body]:
        return 0.0
    lines = [[w for w in r if (w["x1"] <= gutter) == (body == 0)] for r in block.rows]
    full = [ws for ws in lines if ws]
    reach = max(w["x1"] for ws in full for w in ws) if body == 0 else gutter
    long = sum(max(w["x1"] for w in ws) >= reach - 2 * sizes[body] for ws in full) if body == 0 else len(full)
    return sizes[body] if full and long >= 0.6 * len(full) else 0.0


def _line(words: Sequence[Word], left: float, right: float) -> TextLine:
    size = median(w["size"] for w in words)
    return TextLine(min(w["top"] for w in words), max(w["bottom"] for w in words), words[0]["x0"], max(w["x1"] for w in words), size,
                    line_text(words), left, right)


def _split(row: Row, edges: Sequence[float]) -> list[list[Word]]:
    """A row's words by column (edges: the gutters, left to right)."""
    cells: list[list[Word]] = [[] for _ in range(len(edges) + 1)]
    for w in row:
        cells[sum(1 for e in edges if (w["x0"] + w["x1"]) / 2 > e)].append(w)
    return cells


def _column_lines(block: _Block) -> list[list[TextLine]]:
    """The block's lines column by column, left to right."""
    out = []
    for k in range(len(block.gutters) + 1):
        lines = [c for c in (_split(r, block.gutters)[k] for r in block.rows) if c]
        if lines:
            left = min(w["x0"] for ws in lines for w in ws)
            right = max(w["x1"] for ws in lines for w in ws)
            out.append([_line(ws, left, right) for ws in lines])
    return out


_RUNS_ON = "。；！？：”」）)》"  # a line ending otherwise, set to the column's full width, runs on


def broken_sentence(columns: Sequence[Sequence[TextLine]]) -> bool:
    """A column that ends inside a sentence (its last line full and open)
    while the next one opens a paragraph (its first line indented): the
    sentence does not go on where the reading order says it does."""
    for before, after in zip(columns, columns[1:], strict=False):
        last, first = before[-1], after[0]
        if (last.x1 >= last.right - last.size and last.text[-1:] not in _RUNS_ON
                and first.x0 - first.left >= 1.5 * first.size):
            return True
    return False


Cells = list[list[Word]]  # a row's words, column by column


def _grid(block: _Block, at_top: bool, header: tuple[str, ...]) -> tuple[list[TextLine], Grid, list[TextLine]]:
    """A block read as a table: the lines above its first row, its rows, and a heading after them.
    A row starts where the first column has text; at the top of a page, lines
    before the first such row are the rest of a row the page break cut, and
    a repeat of the header row (carried from the page before) is cut off
    where its text ends, so that it can be recognised and dropped."""
    # A page number printed under the table's columns ("— 3 —") is no part of a cell.
    block = _Block([r for r in block.rows if not is_page_number(line_text(r))] or block.rows, block.gutters)
    block, post = _heading_after(block, (min(w["x0"] for r in block.rows for w in r), max(w["x1"] for r in block.rows for w in r)))
    cells = [_split(r, block.gutters) for r in block.rows]
    starts = _row_starts(cells)
    first = starts[0] if starts else len(cells)
    pre: list[TextLine] = []
    groups: list[list[Cells]] = []
    if first and at_top:
        groups.append(cells[:first])
    else:
        left = min(w["x0"] for r in block.rows[:first] for w in r) if first else 0.0
        right = max(w["x1"] for r in block.rows[:first] for w in r) if first else 0.0
        pre = [_line(r, left, right) for r in block.rows[:first]]
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


def _heading_after(block: _Block, edges: tuple[float, float]) -> tuple[_Block, list[TextLine]]:
    """The block without the outline's next heading that it took in under its last row (二、资金拨付和管理, text
    in the first column alone), and that heading as a line after it."""
    last = block.rows[-1]
    if len(block.rows) > 2 and not any(_split(last, block.gutters)[1:]) and (m := marker_of(line_text(last).strip())) \
            and m[0] in ("cn", "chapter"):
        return _Block(block.rows[:-1], block.gutters), [_line(last, *edges)]
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


def page_layout(words: Sequence[Word], tables: Sequence[Grid], body: tuple[float, float],
                carried: Sequence[float] = (), header: tuple[str, ...] = ()) -> PageLayout:
    """A page's lines and tables in reading order. words: those outside the
    ruled tables (given with their tops); body: where the page's body starts
    and ends (inside the running header and footer zones). Rows outside it
    stand alone; a table found at its top may carry on a row the page break cut.
    carried, header: the gutters and header row of a table found on the page
    before, if the page ended in it."""
    tables = sorted(tables, key=lambda t: t.top)
    if not words:
        return PageLayout(tuple(tables), False)
    size = median(w["size"] for w in words)
    rows = rows_of(words)
    candidates = gutter_candidates(rows, 0.9 * size, carried)
    # The body's edges, not the running header's or the page number's: on a gazette's last page, text in
    # the left column alone would otherwise stop "short" of a header set across the page on every line.
    inside = [w for w in words if body[0] <= w["top"] <= body[1]] or list(words)
    starts = [(r[0]["top"], r[0]["x0"]) for r in rows if body[0] <= r[0]["top"] <= body[1]]
    left = body_left(starts, size) or min(w["x0"] for w in inside)
    right = max(w["x1"] for w in inside)
    items: list[TextLine | Grid] = []
    column_blocks: list[float] = []  # the gutters of each run of text columns
    boxed: list[TextLine] = []  # the lines of a box beside the body (a sidebar)
    broken = False  # a sentence that does not go on where the next column starts
    start = 0
    for table in [*tables, None]:
        # A ruled table ends the run of rows above it.
        stop = start
        while stop < len(rows) and (table is None or rows[stop][0]["top"] < table.top):
            stop += 1
        # A run of text in one column of a two-column page (the columns' text below a table set across both,
        # with the right column empty) is measured against its own edges, not the table's.
        run = [w for r in rows[start:stop] for w in r if body[0] <= w["top"] <= body[1]]
        edge = max((w["x1"] for w in run), default=right)
        a, b = (min(w["x0"] for w in run), edge) if run and edge < left + 0.55 * (right - left) else (left, right)
        for block in _blocks_within(rows[start:stop], candidates, body, carried if not start else ()):
            if not block.gutters:
                items.append(_line(block.rows[0], a, b))
            elif _one_under_another(block):
                items += [_line(r, a, b) for r in block.rows]
            elif _bulleted(block):
                items += _entries(block, a, b)
            elif _is_columns(block):
                column_blocks += block.gutters
                while len(block.rows) > _MIN_BLOCK and centred_across(block.rows[0], block.gutters[0], left, right):
                    items.append(_line(block.rows[0], a, b))  # a masthead's line set across the columns atop them
                    block = _Block(block.rows[1:], block.gutters)
                columns = _column_lines(block)
                broken = broken or broken_sentence(columns)
                items += [ln for col in columns for ln in col]
            elif sidebar := _sidebar(block):
                # The body's lines, then the box beside them (政策咨询热线…) once the body's sentence ends.
                body_lines, box = sorted(_column_lines(block), key=lambda c: c[0].size != sidebar)
                items += body_lines
                boxed += box
                items += box
            else:
                at_top = not any(i.top >= body[0] for i in items)
                pre, grid, post = _grid(block, at_top, header if at_top and carried else ())
                items += [*pre, grid, *post]
        if table is not None:
            items.append(table)
        start = stop
    if boxed:  # a sidebar's lines after the page's body (its foot's page number last), cutting no sentence
        moved = {id(x) for x in boxed}
        body_items = [i for i in items if id(i) not in moved]
        foot = len(body_items) - (1 if body_items and isinstance(body_items[-1], TextLine)
                                  and is_page_number(body_items[-1].text) else 0)
        items = [*body_items[:foot], *boxed, *body_items[foot:]]
    return PageLayout(tuple(items), broken or crossed(column_blocks) or any(overprinted(r) for r in rows))
