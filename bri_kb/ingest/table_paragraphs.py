"""Tables among the paragraphs before they are structured: one drawn the other way round turned to stand as tables do
(a policy a row), one cut by hand over two pages (续表 and its header typed again) joined back, and one that only lays
a report's sections out read as text. Pure functions over
the reflowed paragraphs (reflow.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import CELL, SECTION_CELL
from bri_kb.ingest.reflow import Paragraph
from bri_kb.ingest.rows import run_end, turned

# The label a hand-cut table prints over its part on the next page: 续表, （续表）, 续上表, 续表1.
_CONTINUED = re.compile(r"[（(]?续(?:上)?表\s*\d{0,2}[)）]?")
_CONTINUED_AT_END = re.compile(_CONTINUED.pattern + "$")


def turned_tables(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A table drawn the other way round (`rows.turned`: fields down the first column, one policy a column) turned
    to stand as tables do, one policy a row, so that each policy is one clause with its fields; each new row keeps
    some of the table's lines (their share, in order), so that every line is still in one clause."""
    out: list[Paragraph] = []
    i = 0
    while i < len(paragraphs):
        j = run_end(paragraphs, i)
        rows = [[c.strip() for c in p.text.split(CELL)] for p in paragraphs[i:j]]
        if j - i < 4 or not turned(rows):
            out.append(paragraphs[i])
            i += 1
            continue
        body = paragraphs[i + 1 : j]
        items = len(rows[0]) - 1
        out.append(Paragraph(paragraphs[i].lines, CELL.join(r[0] for r in rows)))
        for k in range(items):
            share = body[k * len(body) // items : (k + 1) * len(body) // items]
            out.append(Paragraph(tuple(ln for p in share for ln in p.lines), CELL.join(r[k + 1] for r in rows)))
        i = j
    return out


# Where a cell's paragraph ended: a PDF's cell joins the lines it was typed in with a space, and a paragraph's last
# line ends a sentence short of the cell's edge.
# (or, where the line ran to the edge, a sentence's end right before the next item's number: …时日。二是…, …工作：1.…)
_PARAGRAPH_END = re.compile(r"(?<=[。！？；：])(?:\s+|(?=[一二三四五六七八九十]是|\d{1,2}[.．、]\D"
                            r"|[（(][一二三四五六七八九十\d]{1,2}[)）]))")


def section_tables(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A report laid out as a table of two columns, each section's numbered heading beside its text (一、基本情况｜
    2025年，全县…), read as the report it is: the heading, then its text's paragraphs, as Word's own cells give them
    (word.py reads such a table's cells in turn)."""
    out: list[Paragraph] = []
    i = 0
    while i < len(paragraphs):
        j = run_end(paragraphs, i)
        rows = [[c.strip() for c in p.text.split(CELL)] for p in paragraphs[i:j]]
        if j - i < 2 or not all(len(r) == 2 and SECTION_CELL.fullmatch(r[0]) and len(r[1]) >= 40 for r in rows):
            out.append(paragraphs[i])
            i += 1
            continue
        for p, (head, text) in zip(paragraphs[i:j], rows, strict=True):
            out += [Paragraph(p.lines, head), *(Paragraph(p.lines, part) for part in _PARAGRAPH_END.split(text))]
        i = j
    return out


def continued_tables(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A table cut by hand over two pages, its 续表 label and its header typed again over
    the second part, as one table: the label and the repeated header row are left out
    (they say nothing the first part's header does not), and the rows run on. (In a PDF
    the label may be read into the last cell above it: "50续表".)"""
    out: list[Paragraph] = []
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        header = _last_header(out)
        if (header is not None and _CONTINUED.fullmatch(p.text.strip()) and i + 1 < len(paragraphs)
                and _cells(paragraphs[i + 1].text) == header):
            i += 2  # the label and the repeated header
            continue
        if (header is not None and _CONTINUED.fullmatch(p.text.strip()) and i + 1 < len(paragraphs)
                and _numbered_on(out[-1].text, paragraphs[i + 1].text)):
            # the label over rows that go on with no header typed again (8 above it, 9 under it): the row holds its line
            out.append(Paragraph(p.lines + paragraphs[i + 1].lines, paragraphs[i + 1].text))
            i += 2
            continue
        if header is not None and _CONTINUED_AT_END.search(out[-1].text) and _numbered_on(out[-1].text, p.text):
            out[-1] = Paragraph(out[-1].lines, _CONTINUED_AT_END.sub("", out[-1].text))  # (…管委会续表 / 9｜…)
        if header is not None and len(out) > 1 and _cells(p.text) == header and _CONTINUED_AT_END.search(out[-1].text):
            out[-1] = Paragraph(out[-1].lines, _CONTINUED_AT_END.sub("", out[-1].text))
            i += 1  # the repeated header, under a row that took the label in
            continue
        out.append(p)
        i += 1
    return out


def _numbered_on(row: str, nxt: str) -> bool:
    """Is the next row as wide as the row and numbered one on from it (8｜… then 9｜…)?"""
    a, b = _cells(row), _cells(nxt)
    return len(a) == len(b) > 1 and a[0].isdigit() and b[0].isdigit() and int(b[0]) == int(a[0]) + 1


def _cells(text: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in text.split(CELL))


def _last_header(out: Sequence[Paragraph]) -> tuple[str, ...] | None:
    """The header row of the table that the paragraphs so far end with (None if they end with no table row)."""
    if not out or CELL not in out[-1].text:
        return None
    width = out[-1].text.count(CELL)
    k = len(out) - 1
    while k > 0 and out[k - 1].text.count(CELL) == width:
        k -= 1
    return _cells(out[k].text)
