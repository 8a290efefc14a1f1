"""Rebuild a two-column table from PDF text whose columns interleave.

The layout this handles is the common one of State Council annexes: a 序号
column, a wide left text column and a narrow right one. pdftotext prints each
row page by page, left-column lines first, then right-column lines; row numbers
of two digits may be broken over two lines ("1" / "0"); a page break can cut a
row anywhere. Nothing here knows any particular table's content.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bri_kb.ingest.clean import Line
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.reflow import reflow_wrapped
from bri_kb.ingest.text import display_width
from bri_kb.vocabulary import NOTE

_HEADER_START = re.compile(r"^序\s*号$")
_DIGITS = re.compile(r"^\d{1,3}$")


@dataclass(frozen=True)
class TableRow:
    number: int
    cells: dict[str, str]
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]
    header_lines: tuple[Line, ...]
    start: int  # index of the header's first line in the input
    end: int  # index one past the table's last line


def _row_number_at(lines: Sequence[Line], i: int, expected: int) -> int:
    """How many lines, from i, spell the row number `expected` (0 if none)."""
    want = str(expected)
    got = ""
    for j in range(i, min(i + len(want), len(lines))):
        text = lines[j].text
        if not _DIGITS.match(text):
            return 0
        got += text
        if got == want:
            return j - i + 1
        if not want.startswith(got):
            return 0
    return 0


def find_table(lines: Sequence[Line]) -> Table | None:
    """The first numbered two-column table in these lines, if any."""
    for h, line in enumerate(lines):
        if not _HEADER_START.match(line.text):
            continue
        first = next((i for i in range(h + 1, min(h + 8, len(lines))) if _row_number_at(lines, i, 1)), None)
        if first is None or first - h < 3:
            continue
        header = lines[h + 1 : first]
        columns = (line.text, "".join(x.text for x in header[:-1]), header[-1].text)
        return _read_rows(lines, h, first, columns)
    return None


def _read_rows(lines: Sequence[Line], h: int, first: int, columns: tuple[str, str, str]) -> Table:
    starts: list[tuple[int, int, int]] = []  # (row number, index of number, number line count)
    i, expected = first, 1
    end = len(lines)
    while i < len(lines):
        if NOTE.match(lines[i].text):
            end = i
            break
        span = _row_number_at(lines, i, expected)
        if span:
            starts.append((expected, i, span))
            expected += 1
            i += span
        else:
            i += 1
    body_lines = [ln for n, (_, at, span) in enumerate(starts)
                  for ln in lines[at + span : (starts[n + 1][1] if n + 1 < len(starts) else end)]]
    narrow = _narrow_limit(body_lines)
    rows = []
    for n, (number, at, span) in enumerate(starts):
        stop = starts[n + 1][1] if n + 1 < len(starts) else end
        content = lines[at + span : stop]
        left, right = split_columns(content, narrow)
        cells = {
            columns[0]: str(number),
            columns[1]: "\n".join(p.text for p in reflow_wrapped(left)),
            columns[2]: "\n".join(p.text for p in reflow_wrapped(right)),
        }
        rows.append(TableRow(number, cells, tuple(lines[at:stop])))
    return Table(columns, tuple(rows), tuple(lines[h:first]), h, end)


def _narrow_limit(lines: Sequence[Line]) -> int:
    """Lines at most this wide may belong to the narrow right column."""
    widest = max((display_width(x.text) for x in lines), default=0)
    return int(widest * 0.6)


def split_columns(content: Sequence[Line], narrow: int) -> tuple[list[Line], list[Line]]:
    """Per page: the trailing run of narrow lines is the right column.

    A narrow line that carries a list marker already used by the left column
    (e.g. "23." after "17.") stays on the left: lists do not jump columns.
    """
    left: list[Line] = []
    right: list[Line] = []
    pages: list[list[Line]] = []
    for ln in content:
        if pages and pages[-1][-1].page == ln.page:
            pages[-1].append(ln)
        else:
            pages.append([ln])
    for n, seg in enumerate(pages):
        k = len(seg)
        while k > 0 and display_width(seg[k - 1].text) <= narrow:
            k -= 1
        if n == 0 and k == 0:
            k = 1
        # A narrow line that ends a sentence closes the left cell: a right cell
        # opens with a wrapped line, not a finished sentence.
        # Nor with a stub: its first line runs (nearly) the column's width.
        full = max((display_width(x.text) for x in seg[k:]), default=0)
        while k < len(seg) - 1 and (
            seg[k].text[-1] in "。；！？" or display_width(seg[k].text) < full * 0.5
        ):
            k += 1
        # A lone closing line right after a wide left line that stops mid-sentence
        # finishes that sentence ("…规定的其" / "他审慎性条件。").
        if k == len(seg) - 1 and k > 0 and seg[k].text[-1] in "。；" and seg[k - 1].text[-1] not in "。；：！？":
            k += 1
        left_schemes = {m[0] for m in (marker_of(x.text) for x in left + seg[:k]) if m}
        while k < len(seg) and (m := marker_of(seg[k].text)) and m[0] in left_schemes:
            k += 1
        left += seg[:k]
        right += seg[k:]
    return left, right
