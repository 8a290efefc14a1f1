"""A table drawn in characters in a text file (┌─┬─┐ / │序号│…│ / ├─┼─┤ / └─┴─┘), as PDF tools and editors save one:
its header and rows, each cell's wrapped lines joined, a cell merged down over several rows (its column left without a
rule between them, its text perhaps set on that rule's line) given to each of them. Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.text import join_wrapped

_BAR = "│┃║"  # a cell's side
_JOINTS = "┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╭╮╰╯╞╪╡╟╫╢┝┿┥┠╂┨"
_RULE = re.compile(r"[─━═┄┅┈┉╌╍-]+")  # a column's rule, between two rows
_TOP = "┌┏╔╭"
_BOTTOM = "└┗╚╰"
_SIDE = "├┣╠┝┠╞╟"
_PAD = " \u3000\t"


@dataclass(frozen=True)
class BoxTable:
    """Where a drawn table stands among the lines: the line each row (the header first) is read at, as CELL-joined
    text, and every other line of the box (its frame, rules and the wrapped lines of its rows)."""

    rows: dict[int, str]
    others: frozenset[int]


def box_tables(lines: Sequence[str]) -> list[BoxTable]:
    """The tables drawn in characters among the (stripped) lines; a box whose lines do not split into the columns
    its top line sets is left as it is."""
    found = []
    i = 0
    while i < len(lines):
        if lines[i][:1] in _TOP and (table := _box_at(lines, i)) is not None:
            found.append(table)
            i = max(table.others) + 1
        else:
            i += 1
    return found


def _box_at(lines: Sequence[str], start: int) -> BoxTable | None:
    columns = sum(ch in _JOINTS for ch in lines[start][1:-1]) + 1
    bands: list[list[tuple[int, list[str]]]] = [[]]  # the rows' lines, between the rules
    rules: list[list[str | None]] = []  # per rule between two bands, each column's text where it has no rule
    end = start + 1
    while end < len(lines) and lines[end][:1] not in _BOTTOM:
        line = lines[end]
        if line[:1] in _BAR:
            cells = re.split(f"[{_BAR}]", line)[1:-1]
            if len(cells) != columns:
                return None
            bands[-1].append((end, [c.strip(_PAD) for c in cells]))
        elif line[:1] in _SIDE:
            parts = re.split(f"[{_JOINTS}{_BAR}]", line)[1:-1]
            if len(parts) != columns:
                return None
            rules.append([None if _RULE.fullmatch(p.strip(_PAD)) else p.strip(_PAD) for p in parts])
            bands.append([])
        else:
            return None  # (a line that is no part of a box: not read as one)
        end += 1
    if end >= len(lines) or len(bands) < 2 or not all(bands):
        return None
    header = [join_wrapped([cells[c] for _, cells in bands[0] if cells[c]]) for c in range(columns)]
    rows = {bands[0][0][0]: CELL.join(header)}
    body, between = bands[1:], rules[1:]
    for b, band in enumerate(body):
        cells = [_merged_text(body, between, b, c) for c in range(columns)]
        rows[band[0][0]] = CELL.join(cells)
    others = frozenset(range(start, end + 1)) - set(rows)
    return BoxTable(rows, others)


def _merged_text(bands: Sequence[list[tuple[int, list[str]]]], rules: Sequence[list[str | None]], b: int,
                 column: int) -> str:
    """The text of the cell that holds band b in a column: the bands up and down from it with no rule between them
    in that column, and what the rules' lines hold there."""
    first = b
    while first > 0 and rules[first - 1][column] is not None:
        first -= 1
    last = b
    while last < len(bands) - 1 and rules[last][column] is not None:
        last += 1
    pieces: list[str] = []
    for k in range(first, last + 1):
        pieces += [cells[column] for _, cells in bands[k]]
        if k < last:
            pieces.append(rules[k][column] or "")
    return join_wrapped([p for p in pieces if p])
