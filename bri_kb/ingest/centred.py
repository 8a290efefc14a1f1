"""A table without rulings whose cells are set vertically centred (Word's "centre" cell alignment, printed by
LibreOffice): a cell of one line stands level with the middle of its row's longest cell, so a row's lines in
different columns sit half a line apart, and a category merged down over several rows stands at the middle of
the rows it spans (beside a middle row, or in the gap between two).

Reading such a table as rows that start where the first column has text interleaves its columns and makes the
wrapped tails of cells rows of their own. Here a row is a band instead: the lines of each column are grouped
into cells (lines one line pitch apart), and the cells that overlap make one row; rows are parted by the cells'
padding, a gap wider than the one between a cell's own lines. A cell that overlaps two cells of another column
is merged down over rows; its column's cells are spread over the rows around them so that each stands at the
middle of the rows it spans. Pure functions over a block's words; nothing here knows any document's content.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from bri_kb.ingest.conventions import cell_text
from bri_kb.ingest.pageparts import Block, Grid, split_row
from bri_kb.ingest.text import join_wrapped
from bri_kb.ingest.words import Row, Word, is_page_number, line_text
from bri_kb.vocabulary import squash

_STAGGERED = 2  # pairs of lines in different columns set less than a line apart, at least, that show centring
_OFF_CENTRE = 0.3  # of a line pitch: a cell standing this far off its row's middle is merged over more rows


@dataclass(frozen=True)
class Cell:
    """A column's lines one line pitch apart: the text of one cell (or of a cell merged down over rows)."""

    column: int
    lines: tuple[tuple[Word, ...], ...]
    top: float
    bottom: float
    reach: float  # where the line after its last would start: the cell's own extent, without the gap below


def ink_gutters(rows: Sequence[Row], size: float) -> list[float]:
    """The middles of the stretches, at least half a character wide, that no word of the rows prints over:
    where a table's columns part. (A gap two rows share is no gutter when a third prints across it: in a
    centred table a row often holds only the first and last columns' lines, with a gap over the columns
    between, so the gaps that most rows share are not the columns' edges.)"""
    words = sorted((w for r in rows for w in r), key=lambda w: w["x0"])
    out = []
    reach = words[0]["x1"]
    for w in words[1:]:
        if w["x0"] - reach >= 0.5 * size:
            out.append((reach + w["x0"]) / 2)
        reach = max(reach, w["x1"])
    return out


def ink_rows(rows: Sequence[Row], size: float) -> tuple[int, int]:
    """The run of rows (start, end) whose columns part where none of them prints: a line at either end of the block
    that prints across the columns (a 注： under the table, a caption over it) is left out while leaving it out
    parts the rest into more columns."""
    lo, hi = 0, len(rows)
    count = len(ink_gutters(rows, size))
    while hi - lo > _STAGGERED + 1:
        cuts = [(n, len(ink_gutters(rows[a:b], size))) for n, (a, b) in enumerate(((lo + 1, hi), (lo, hi - 1)))]
        n, more = max(cuts, key=lambda c: c[1])
        if more <= count:
            break
        lo, hi, count = (lo + 1, hi, more) if n == 0 else (lo, hi - 1, more)
    return lo, hi


def staggered(rows: Sequence[Row], gutters: Sequence[float], size: float) -> bool:
    """Are the block's cells set vertically centred: lines of different columns less than a line apart
    (one under the other's middle), not level as in a table whose cells all start at the top of their row?"""
    pairs = 0
    for above, below in zip(rows, rows[1:], strict=False):
        columns = [{n for n, c in enumerate(split_row(r, gutters)) if c} for r in (above, below)]
        if below[0]["top"] - above[0]["top"] < 0.8 * size and not columns[0] & columns[1]:
            pairs += 1
    return pairs >= _STAGGERED


def _pitch(pieces: Sequence[tuple[int, Row]], size: float) -> float:
    """The distance from one line of a cell to the next: the closest lines of one column, at least a
    character apart (lines of two rows are further apart by the cells' padding)."""
    steps = [b[1][0]["top"] - a[1][0]["top"] for a, b in zip(pieces, pieces[1:], strict=False)
             if a[0] == b[0] and b[1][0]["top"] - a[1][0]["top"] >= size]
    if not steps:
        return 1.3 * size
    least = min(steps)
    return float(median(s for s in steps if s <= least + 0.15 * size))


def cells_of(rows: Sequence[Row], gutters: Sequence[float], size: float) -> tuple[list[Cell], float]:
    """The block's cells, column by column, and the line pitch: a column's lines one pitch apart are one cell."""
    pieces = sorted(((k, ws) for r in rows for k, ws in enumerate(split_row(r, gutters)) if ws),
                    key=lambda p: (p[0], p[1][0]["top"]))
    pitch = _pitch(pieces, size)
    groups: list[list[tuple[int, Row]]] = []
    for piece in pieces:
        last = groups[-1][-1] if groups else None
        if last and last[0] == piece[0] and piece[1][0]["top"] - last[1][0]["top"] <= pitch + 0.2 * size:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    cells = [Cell(g[0][0], tuple(tuple(ws) for _, ws in g), min(w["top"] for _, ws in g for w in ws),
                  max(w["bottom"] for _, ws in g for w in ws), g[-1][1][0]["top"] + pitch) for g in groups]
    return cells, pitch


def _overlap(a: Cell, b: Cell, tolerance: float) -> bool:
    return a.top < b.reach - tolerance and b.top < a.reach - tolerance


def spanning(cells: Sequence[Cell], tolerance: float) -> set[int]:
    """The indexes of the cells merged down over rows: each overlaps two cells of another column (which a cell
    of one row cannot: the rows are parted by a gap)."""
    return {n for n, c in enumerate(cells)
            if any(sum(1 for d in cells if d.column == k and _overlap(c, d, tolerance)) >= 2
                   for k in {d.column for d in cells} - {c.column})}


def bands(cells: Sequence[Cell], tolerance: float) -> list[tuple[float, float, float]]:
    """The rows, as (top, bottom, reach): runs of overlapping cells, parted where every cell above has ended."""
    out: list[tuple[float, float, float]] = []
    for c in sorted(cells, key=lambda c: c.top):
        if out and c.top < out[-1][2] - tolerance:
            top, bottom, reach = out[-1]
            out[-1] = (top, max(bottom, c.bottom), max(reach, c.reach))
        else:
            out.append((c.top, c.bottom, c.reach))
    return out


def _runs(chunks: Sequence[tuple[int, int, float, float]], middles: Sequence[tuple[float, float]],
          first: int) -> list[tuple[int, int]] | None:
    """Where each of a merged column's cells spans, as (first row, last row): the rows from `first` on are
    shared out in order, the last cell's to the table's end, each cell standing at the middle of its rows
    (the last may instead stand at the top of its rows: a merged cell the page break cuts is printed at the top
    of its first part). chunks: each cell's first and last row it prints in, its top and its middle; middles:
    each row's top and bottom. The rows above the first cell's are those of a cell carried from the page before.
    None when the cells cannot be shared out so."""
    last_row = len(middles) - 1
    best: dict[tuple[int, int], tuple[float, list[tuple[int, int]]]] = {}

    def solve(i: int, start: int) -> tuple[float, list[tuple[int, int]]] | None:
        if (i, start) in best:
            return best[i, start]
        a, b, top, mid = chunks[i]
        if start > a:
            return None
        ends = [last_row] if i == len(chunks) - 1 else range(max(b, start), chunks[i + 1][0])
        found: tuple[float, list[tuple[int, int]]] | None = None
        for end in ends:
            cost = abs((middles[start][0] + middles[end][1]) / 2 - mid)
            if i == len(chunks) - 1:
                cost = min(cost, abs(middles[start][0] - top))
                rest: tuple[float, list[tuple[int, int]]] | None = (0.0, [])
            else:
                rest = solve(i + 1, end + 1)
            if rest is not None and (found is None or cost + rest[0] < found[0]):
                found = (cost + rest[0], [(start, end), *rest[1]])
        if found is not None:
            best[i, start] = found
        return found

    options = [r for s in range(first, chunks[0][0] + 1) if (r := solve(0, s)) is not None]
    return min(options, key=lambda r: r[0])[1] if options else None


def _text(lines: Sequence[Sequence[Word]]) -> str:
    return cell_text(join_wrapped([line_text(ws) for ws in lines]))


def centred_grid(block: Block, size: float, header: tuple[str, ...]) -> Grid | None:
    """The block read as a centred table (see the module's docstring), or None when its lines do not stand
    as one: no line pitch parts its rows. header: the header row of the table the page before ended with
    (this block at the top of the page carries it on)."""
    rows = [r for r in block.rows if not is_page_number(line_text(r))] or block.rows
    cells, pitch = cells_of(rows, block.gutters, size)
    tolerance = 0.15 * size
    merged = spanning(cells, tolerance)
    found = bands([c for n, c in enumerate(cells) if n not in merged], tolerance)
    if len(found) < 3:
        return None
    width = len(block.gutters) + 1
    under = [[n for n, (top, _, reach) in enumerate(found) if c.top < reach - tolerance and top < c.reach - tolerance]
             for c in cells]
    table = [[""] * width for _ in found]
    for k in range(width):
        for r in range(len(found)):  # a cell of one row: the lines of its column in that row
            table[r][k] = _text([ws for n, c in enumerate(cells) if c.column == k and n not in merged
                                 and under[n][:1] == [r] for ws in c.lines])
    # (the header row names every column and spans no other: a category merged down starts under it)
    heads = 1 if not header or [squash(t) for t in table[0]] == [squash(h) for h in header] else 0
    carries = []
    for k in range(width):
        column = [(c, under[n], n in merged) for n, c in enumerate(cells) if c.column == k and under[n] and under[n][0] >= heads]
        runs = _merged_runs(column, found, pitch, heads)
        for c, (start, end) in zip((c for c, _, _ in column), runs or [], strict=False):
            for r in range(start, end + 1):
                table[r][k] = _text(c.lines)
        if runs and runs[0][0] > heads:
            carries.append(k)
    grid_rows = tuple(tuple(r) for r in table)
    return Grid(rows[0][0]["top"], grid_rows, tuple(block.gutters), header or grid_rows[0], tuple(carries))


def _merged_runs(column: Sequence[tuple[Cell, list[int], bool]], found: Sequence[tuple[float, float, float]],
                 pitch: float, first: int) -> list[tuple[int, int]] | None:
    """The rows each cell of a column of cells merged down spans (_runs), or None for a column of cells of one row
    each: none of them overlaps two rows or stands off its row's middle (a 备注 column, sparse but not merged).
    column: each cell with the rows it prints in and whether it overlaps two cells of another column."""
    if not any(spanned or _off_centre(c, found[rows[0]], pitch) for c, rows, spanned in column):
        return None
    return _runs([(rows[0], rows[-1], c.top, (c.top + c.bottom) / 2) for c, rows, _ in column],
                 [(top, bottom) for top, bottom, _ in found], first)


def _off_centre(cell: Cell, band: tuple[float, float, float], pitch: float) -> bool:
    """Does a cell stand off the middle of the row it prints in (centred over more rows than that one)?"""
    return abs((cell.top + cell.bottom) / 2 - (band[0] + band[1]) / 2) > _OFF_CENTRE * pitch
