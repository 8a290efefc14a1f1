"""A PDF page's ruled tables: each cell's text from the words inside its box,
and cells merged down or across filled in as Word's own table gives them."""

from __future__ import annotations

import re
from typing import Any

from bri_kb.ingest.conventions import cell_text, joined_header
from bri_kb.ingest.layout import Grid
from bri_kb.ingest.pdfpage import Box, Cells
from bri_kb.ingest.text import join_wrapped
from bri_kb.ingest.words import cell_lines, rows_of


def _cell(words: list[dict[str, Any]], box: Box | None) -> str:
    if box is None:
        return ""
    x0, top, x1, bottom = box
    inside = [w for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom]
    return cell_text("\n".join(join_wrapped(g) for g in cell_lines(rows_of(inside), x1)))


def spanned_down(table: Cells, texts: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    """The cell texts with a cell merged down a column (牵头单位 or 完成时限
    shared by several tasks) repeated in every row it spans, as Word's own
    table gives it: a missing box is filled from the nearest box above it in
    its column when that box reaches down past the middle of the row. (A box
    missing because a cell spans across, a category row, stays empty.) When
    a cell of the first row reaches into the rows under it, those rows are the
    header ("新设企业" over "户数" and "注册资本"; 序号 down three rows, 2023年 over
    增速及占比（%） over 同比增长 and 占全市比重), joined column by column."""
    out = [list(row) for row in texts]
    depth = 1  # the header's rows: as far down as a cell of the first row reaches
    for r, row in enumerate(table):
        present = [b for b in row if b is not None]
        if not present:
            continue
        middle = (min(b[1] for b in present) + max(b[3] for b in present)) / 2
        for c, box in enumerate(row):
            if box is not None:
                continue
            above = next(((u, table[u][c]) for u in range(r - 1, -1, -1)
                          if c < len(table[u]) and table[u][c] is not None), None)
            if above is not None and above[1] is not None and above[1][3] > middle:
                out[r][c] = out[above[0]][c]
                depth = r + 1 if above[0] == 0 and r == depth else depth
    # (three rows at most, the third of names alone: a first cell merged down a table's rows heads no header)
    depth = min(depth, 3)
    if depth == 3 and any(re.search(r"\d", out[2][c]) for c, box in enumerate(table[2]) if box is not None):
        depth = 2
    if depth > 1 and re.fullmatch(r"\d{1,3}", out[1][0].strip()):
        # (a numbered row under the first is a row of the table, not of its header: atop a page, the rest of a row
        # the break cut, beside a category merged down into the rows under it)
        depth = 1
    if depth > 1 and len(out) > depth:
        # A heading spanning across ("对东盟货物进出口" over 金额 and 同比增长) heads each column under it: its
        # missing boxes take its text, so that no two columns share a name.
        for h in range(depth - 1):
            top = table[h]
            for c in range(1, len(top)):
                left = next((u for u in range(c - 1, -1, -1) if top[u] is not None), 0)
                # (the column's box in the nearest header row under it: 同比增长 under 增速及占比 under 2023年)
                below = next((table[k][c] for k in range(h + 1, depth) if c < len(table[k]) and table[k][c]), None)
                box = top[left]
                if top[c] is None and box is not None and below is not None and box[2] > (below[0] + below[2]) / 2:
                    out[h][c] = out[h][left]
        # Column by column, as Word's header rows join (wordtable.table_rows): 新设企业／户数.
        out[:depth] = [joined_header(*out[:depth])]
    return tuple(tuple(row) for row in out)


def ruled_grid(table: Cells, top: float, words: list[dict[str, Any]]) -> Grid:
    """A ruled table's grid: its rows' texts (spanned_down), and which cells are boxes of their own (a header of
    several rows is joined into one row at the top)."""
    rows = spanned_down(table, [[_cell(words, c) for c in row] for row in table])
    own = tuple(tuple(c is not None for c in row) for row in table)
    return Grid(top, rows, own=own[len(own) - len(rows):] if rows else ())
