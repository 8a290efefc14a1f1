"""Reading order from positions: a PDF page's words as lines, text columns
and tables without rulings.

Words are grouped into rows by their vertical position. A gutter is an x
position that many rows leave empty while holding text on both sides of it.
A run of rows that all leave the same gutters empty is a block: gutters that
part it into (nearly) equal widths make text columns (read one after the
other, left to right), anything else is a table whose rows start where its
first column has text (or, where its cells are set vertically centred, lines
of different columns half a line apart, whose rows are bands of lines parted
by the cells' padding: centred.py); a table that ends a page lends its gutters and header
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

from bri_kb.ingest.centred import centred_grid, ink_gutters, ink_rows, staggered
from bri_kb.ingest.columns import LABEL_WORD, body_left, centred_across, crossed, overprinted, tab_stops
from bri_kb.ingest.conventions import SIGN_FIELD
from bri_kb.ingest.pagegrid import FEW_LARGE, bulleted, entries, one_under_another
from bri_kb.ingest.pagegrid import grid as table_of
from bri_kb.ingest.pageparts import Block, Grid, TextLine, split_row, text_line
from bri_kb.ingest.pdfmarks import SIDEBAR_HEAD
from bri_kb.ingest.words import Row, Word, is_page_number, letter_spaced, rows_of
from bri_kb.vocabulary import ORGAN_END, squash

__all__ = ["Grid", "PageLayout", "TextLine", "page_layout"]  # (Grid and TextLine stand in pageparts.py)

_MIN_TWO_SIDED = 2  # rows with text on both sides before a gap counts as a gutter
_MIN_BLOCK = 3  # rows with text on both sides of one gutter before a block is columns or a table
_BALANCE = 0.7  # text columns are (nearly) equally wide; a table's columns seldom are


@dataclass(frozen=True)
class PageLayout:
    items: tuple[TextLine | Grid, ...]  # in reading order
    uncertain: bool  # columns interleave: the order of the page's lines may be wrong
    sidebar: int = 0  # lines of a web page's sidebar left out (相关文件, 政策解读: links to other pages)


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
    """Does the row's text run over x: a word, or the even gap between two letters of a line spread to its width
    (联 系 人 ： 青 白 江 区 口 岸 物 流 …: no gutter between 岸 and 物)?"""
    return any(w["x0"] - 0.5 < x < w["x1"] + 0.5 for w in row) or any(
        row[n - 1]["x1"] <= x <= row[n]["x0"] for n in letter_spaced(row))


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


def blocks_of(rows: Sequence[Row], candidates: Sequence[float], carried: Sequence[float] = ()) -> list[Block]:
    """Runs of rows that share gutters (rows that share none stand alone).
    carried: the gutters of a table the page before ended with, which count
    even where no row of this page has text on both sides of them."""
    out: list[Block] = []
    i = 0
    while i < len(rows):
        shown = [c for c in candidates if _two_sided(rows[i], c)]
        if not shown or _NOTE_ROW.fullmatch("".join(w["text"] for w in rows[i])):
            # (a 题注 set across a page of two columns, （…公布　自…起施行）, one gap in it: a line of its own)
            out.append(Block([rows[i]], []))
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
        # Two lines with a gap each ("联系人：…    电话：…") are no table yet; nor are organs signing side by side
        # over their date (商务部　外交部　国家发展改革委 / 财政部 …, three a line); nor are labels spaced out (甲　　方：…).
        if gutters and (max(two[c] for c in gutters) >= _MIN_BLOCK or any(c in carry for c in gutters)) \
                and not signs_over_date(rows, i, j) and not spaced_labels(rows[i:j], gutters) \
                and not (len(gutters) == 1 and articles_beside(rows[i:j]) and not _is_columns(Block(list(rows[i:j]), gutters))):
            out.append(Block(list(rows[i:j]), gutters))
        else:
            out += [Block([r], []) for r in rows[i:j]]
        i = j
    return out


_ORGAN_WORD = re.compile(rf"[\u4e00-\u9fff（）]{{2,30}}?{ORGAN_END}")
_DATE_ROW = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


_NOTE_ROW = re.compile(r"[（(][^（）()]{6,80}[)）]")


def articles_beside(rows: Sequence[Row]) -> bool:
    """Do two rows or more hold an article's or a chapter's label as a word of its own (第十四条　本办法由…解释。 /
    第十五条　本办法自…起施行; a gazette's 第一章 总则 and 第二章 … atop its two columns, 第一条 … and 第五条 … under them),
    beside one gutter? Short articles one under another, their labels set apart by a space, and the first lines of two
    text columns are no table (two columns of equal width are read as columns before this is asked)."""
    return sum(any(LABEL_WORD.fullmatch(w["text"]) for w in row) for row in rows) >= 2


def spaced_labels(rows: Sequence[Row], gutters: Sequence[float]) -> bool:
    """Is the rows' text left of the first gutter one character, a field's label spaced out to the width of the
    longest (甲　　方：…, 地　　址：… over 法定代表人：…)? Labelled lines, no table."""
    cut = min(gutters)
    sides = [("".join(w["text"] for w in row if w["x1"] <= cut), "".join(w["text"] for w in row if w["x0"] >= cut))
             for row in rows if _two_sided(row, cut)]
    # (most of them: a wrapped line's first words may stand apart at the same place, 心 C 栋, the rest of an address)
    labels = sum(len(left) == 1 and bool(re.match(r"[\u4e00-\u9fff]\s*[:：]", right)) for left, right in sides)
    return labels >= 2 and 2 * labels > len(sides)


def signs_over_date(rows: Sequence[Row], i: int, j: int) -> bool:
    """Do rows[i:j] open with organs' names alone, two or more a row, over a date (inside the run or right
    under it; a page number may follow)?"""
    texts = ["".join(w["text"] for w in row) for row in rows[i : j + 1]]
    # (or the parties of an agreement, their fields to sign under their names, each over its date:
    # …片区管理委员会　…片区管理委员会 / 法定代表人（签字）：　法定代表人（签字）： / 2025年6月18日　2025年6月18日)
    k = next((n for n, t in enumerate(texts) if _DATE_ROW.fullmatch(t) or _DATES_ROW.fullmatch(t) and n), 0)
    return k >= 2 and all(len(row) > 1 for row in rows[i : i + k]) and any(
        all(_ORGAN_WORD.fullmatch(w["text"]) for w in row) for row in rows[i : i + k]) and all(
        all(_ORGAN_WORD.fullmatch(w["text"]) or _SIGNING_WORD.fullmatch(w["text"]) for w in row) for row in rows[i : i + k])


_DATES_ROW = re.compile(rf"(?:{_DATE_ROW.pattern}){{2,3}}")
_SIGNING_WORD = re.compile(rf"[\u4e00-\u9fff]{{0,10}}{SIGN_FIELD}[:：]?")


def _blocks_within(rows: Sequence[Row], candidates: Sequence[float], body: tuple[float, float],
                   carried: Sequence[float]) -> list[Block]:
    """blocks_of for the rows inside the body; a running header or footer row
    stands alone."""
    out: list[Block] = []
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
            out.append(Block([row], []))
    return out


def _carried_on(blocks: list[Block], first: bool) -> list[Block]:
    """At the top of a page, the lines above the first block that keep clear
    of its gutters are the rest of a cell or column the page break cut."""
    k = next((n for n, b in enumerate(blocks) if b.gutters), None)
    if not first or not k:
        return blocks
    head, block = blocks[:k], blocks[k]
    if any(_crosses(r, g) for b in head for r in b.rows for g in block.gutters):
        return blocks
    return [Block([r for b in head for r in b.rows] + block.rows, block.gutters), *blocks[k + 1 :]]


def _is_columns(block: Block) -> bool:
    """Text columns, not a table: the gutters part the block into columns of
    (nearly) equal width, as a gazette's or a newspaper's are."""
    x0: float = min(w["x0"] for r in block.rows for w in r)
    x1: float = max(w["x1"] for r in block.rows for w in r)
    edges = [x0, *block.gutters, x1]
    widths = [b - a for a, b in zip(edges, edges[1:], strict=False)]
    return bool(min(widths) >= _BALANCE * max(widths))


def _centred(block: Block, size: float, header: tuple[str, ...], edges: tuple[float, float]
              ) -> tuple[list[TextLine], Grid, list[TextLine]] | None:
    """The block read as a table whose cells are set vertically centred (centred.py), its columns parted where
    no line prints, with the lines above and below it that print across them (a 注： under the table); None
    when its lines are not set so (a table whose cells start level at the top of each row is read by its first
    column's text)."""
    lo, hi = ink_rows(block.rows, size)
    gutters = ink_gutters(block.rows[lo:hi], size)
    if not gutters or not staggered(block.rows[lo:hi], gutters, size):
        return None
    grid = centred_grid(Block(block.rows[lo:hi], gutters), size, header)
    if grid is None:
        return None
    return [text_line(r, *edges) for r in block.rows[:lo]], grid, [text_line(r, *edges) for r in block.rows[hi:]]


def _column_edges(row: Row, items: Sequence[TextLine | Grid], edges: tuple[float, float]) -> tuple[float, float]:
    """The edges a row standing alone is measured against: the column of the line just above it when it goes on in
    that column at the body's line pitch (a column's last line set low, in the footer's zone: not indented from
    the page's left edge, so no paragraph of its own), else `edges`."""
    last = items[-1] if items else None
    if (isinstance(last, TextLine) and last.left > edges[0] + last.size and row[0]["x0"] >= last.left - 0.5
            and 0 < row[0]["top"] - last.top <= 1.6 * last.size and abs(row[0]["size"] - last.size) < 0.5):
        return last.left, last.right
    return edges


def _sidebar(block: Block) -> float:
    """A box set in smaller type beside the body's text (a hotline, a 温馨提示), which two columns of
    a table would not be: one gutter, one side's type at most _SMALLER of the other's, the larger
    side's lines running to the gutter as a paragraph's do. The body's size, or 0 for none."""
    if len(block.gutters) != 1:
        return 0.0
    gutter = block.gutters[0]
    sides = ([w for r in block.rows for w in r if w["x1"] <= gutter], [w for r in block.rows for w in r if w["x0"] >= gutter])
    if not all(sides):
        return 0.0
    sizes = [median(w["size"] for w in side) for side in sides]
    body = 0 if sizes[0] > sizes[1] else 1
    # (nor a few characters set large, no body of text: a 版头's 文件 beside the organs' names)
    if sizes[1 - body] > _SMALLER * sizes[body] or sum(len(w["text"]) for w in sides[body]) <= FEW_LARGE:
        return 0.0
    lines = [[w for w in r if (w["x1"] <= gutter) == (body == 0)] for r in block.rows]
    full = [ws for ws in lines if ws]
    reach = max(w["x1"] for ws in full for w in ws) if body == 0 else gutter
    long = sum(max(w["x1"] for w in ws) >= reach - 2 * sizes[body] for ws in full) if body == 0 else len(full)
    return sizes[body] if full and long >= 0.6 * len(full) else 0.0


# (a sidebar's type to the body's: 13px beside 16px, as a browser prints a portal's 相关文件 beside its article)
_SMALLER = 0.85


def _column_lines(block: Block) -> list[list[TextLine]]:
    """The block's lines column by column, left to right."""
    out = []
    for k in range(len(block.gutters) + 1):
        lines = [c for c in (split_row(r, block.gutters)[k] for r in block.rows) if c]
        if lines:
            left = min(w["x0"] for ws in lines for w in ws)
            right = max(w["x1"] for ws in lines for w in ws)
            out.append([text_line(ws, left, right) for ws in lines])
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
    if stops := tab_stops(rows, size):
        # (a tab stop's gutter, in the narrowest gap before its column, stands for a gap's nearby when more rows have
        # text on both sides of it: the gap's, in the middle of where most rows leave room, may cut a longer word)
        sides = {x: sum(_two_sided(r, x) for r in rows) for x in (*candidates, *stops)}  # (counted once each)
        kept = [c for c in candidates if c in carried or not any(abs(x - c) <= size and sides[x] > sides[c] for x in stops)]
        candidates = sorted([*kept, *(x for x in stops if not any(abs(x - c) <= size for c in kept))])
    # The body's edges, not the running header's or the page number's: on a gazette's last page, text in
    # the left column alone would otherwise stop "short" of a header set across the page on every line.
    inside = [w for w in words if body[0] <= w["top"] <= body[1]] or list(words)
    starts = [(r[0]["top"], r[0]["x0"]) for r in rows if body[0] <= r[0]["top"] <= body[1]]
    left = body_left(starts, size) or min(w["x0"] for w in inside)
    right = max(w["x1"] for w in inside)
    items: list[TextLine | Grid] = []
    column_blocks: list[float] = []  # the gutters of each run of text columns
    boxed: list[TextLine] = []  # the lines of a box beside the body (a sidebar)
    linked = 0  # the lines of a web page's sidebar of links, left out
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
                items.append(text_line(block.rows[0], *_column_edges(block.rows[0], items, (a, b))))
            elif one_under_another(block):
                items += [text_line(r, a, b) for r in block.rows]
            elif bulleted(block):
                items += entries(block, a, b)
            elif _is_columns(block):
                column_blocks += block.gutters
                while len(block.rows) > _MIN_BLOCK and centred_across(block.rows[0], block.gutters[0], left, right):
                    items.append(text_line(block.rows[0], a, b))  # a masthead's line set across the columns atop them
                    block = Block(block.rows[1:], block.gutters)
                columns = _column_lines(block)
                broken = broken or broken_sentence(columns)
                items += [ln for col in columns for ln in col]
            elif sidebar := _sidebar(block):
                # The body's lines, then the box beside them (政策咨询热线…) once the body's sentence ends.
                body_lines, box = sorted(_column_lines(block), key=lambda c: c[0].size != sidebar)
                items += body_lines
                if any(SIDEBAR_HEAD.fullmatch(squash(x.text)) for x in box):
                    linked += len(box)  # (a web page's sidebar, printed with it: links to other pages, no text of its)
                else:
                    boxed += box
                    items += box
            else:
                at_top = not any(i.top >= body[0] for i in items)
                carried_header = header if at_top and carried else ()
                pre, found, post = _centred(block, size, carried_header, (a, b)) or table_of(block, at_top, carried_header)
                items += [*pre, found, *post]
        if table is not None:
            items.append(table)
        start = stop
    if boxed:  # a sidebar's lines after the page's body (its foot's page number last), cutting no sentence
        moved = {id(x) for x in boxed}
        body_items = [i for i in items if id(i) not in moved]
        foot = len(body_items) - (1 if body_items and isinstance(body_items[-1], TextLine)
                                  and is_page_number(body_items[-1].text) else 0)
        items = [*body_items[:foot], *boxed, *body_items[foot:]]
    return PageLayout(tuple(items), broken or crossed(column_blocks) or any(overprinted(r) for r in rows), linked)
