"""The parts of a PDF page that the layout reads: a line of text, a table found from positions, a block of rows
that share gutters, and the two small functions that make lines and cells of a row's words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from bri_kb.ingest.words import Row, Word, line_text


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
    # the columns whose cell, merged down from the table's last row on the page before, spans this grid's first
    # rows (empty here: the page before printed its text)
    carries: tuple[int, ...] = ()
    # per row, the cells that are boxes of their own (ruled tables): a blank one below the page's first row is blank, no
    # cell merged down into it from above
    own: tuple[tuple[bool, ...], ...] = ()


@dataclass
class Block:
    """Rows that share gutters: text columns, a table or a list."""

    rows: list[Row]
    gutters: list[float]


def text_line(words: Sequence[Word], left: float, right: float) -> TextLine:
    """The words of a row as one line, standing in the column from left to right."""
    size = median(w["size"] for w in words)
    return TextLine(min(w["top"] for w in words), max(w["bottom"] for w in words), words[0]["x0"], max(w["x1"] for w in words), size,
                    line_text(words), left, right)


def split_row(row: Row, edges: Sequence[float]) -> list[list[Word]]:
    """A row's words by column (edges: the gutters, left to right)."""
    cells: list[list[Word]] = [[] for _ in range(len(edges) + 1)]
    for w in row:
        cells[sum(1 for e in edges if (w["x0"] + w["x1"]) / 2 > e)].append(w)
    return cells
