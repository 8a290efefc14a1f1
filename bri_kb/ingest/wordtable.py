"""Word tables read as rows of cell texts: a table that only lays text out or sets prose in panels, a header of one
row or two (merged cells, Word's repeat-as-header rows), and a cell's text with a table nested in it. Pure functions
over python-docx's tables and lxml elements."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from bri_kb.ingest.conventions import LISTED_NAME, SECTION_CELL, joined_header
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.spaced import GAP as _GAP
from bri_kb.ingest.text import CJK
from bri_kb.ingest.translation import is_translation
from bri_kb.ingest.wordxml import W as _W
from bri_kb.ingest.wordxml import paragraph_text, placeholder


def lays_out(table: Any) -> bool:
    """A table used to lay text out, not to tabulate it: a single column."""
    return all(len({c._tc for c in row.cells}) == 1 for row in table.rows)


_SCAN = re.compile(r"扫(?:码|一扫|描二维码)")


def prose_cells(table: Any) -> bool:
    """A table that sets prose out in panels, not data: at most three columns, no header row or first column of labels
    (numbered section headings, 一、… 二、…, are none), and a cell holding three paragraphs of text or more (a heading
    and its items, each a paragraph)."""
    rows = table.rows
    # (a header row of labels, or a first column of them: 政策依据｜…, 时　间：｜…, a table of fields and values)
    # (not a leaflet's QR code with its caption beside the text, 扫码在线申报物流补贴: no label)
    if (not rows or len(table.columns) > 3 or all(len(c.text.strip()) <= 12 for c in rows[0].cells)
            or all(len(t := row.cells[0].text.strip()) <= 12 and not _SCAN.match(t) for row in rows)
            and not section_heads(table)):
        return False
    cells = dict.fromkeys(c._tc for row in rows for c in row.cells)
    return any(sum(len("".join(t.itertext()).strip()) >= 10 for t in tc.iterchildren(f"{_W}p")) >= 3 for tc in cells)


def section_heads(table: Any) -> set[Any]:
    """The cells (w:tc) of a table's first column when each row opens with a section's numbered heading beside its
    text (一、基本情况｜…, 二、主要做法｜…); none if not."""
    firsts = [row.cells[0] for row in table.rows]
    # (its heading may wrap in its narrow cell, 一、基本 / 情况)
    if len(firsts) < 2 or not all(SECTION_CELL.fullmatch(t := c.text.strip()) and len(t) <= 16 for c in firsts):
        return set()
    return {c._tc for c in firsts}


def _repeats_as_header(row: Any) -> bool:
    """Word's "repeat as header row at the top of each page" (w:tblHeader)."""
    trpr = row._tr.trPr
    mark = trpr.find(f"{_W}tblHeader") if trpr is not None else None
    return mark is not None and mark.get(f"{_W}val", "true") not in ("0", "false", "off")


def _heads_two_rows(first: list[Any], second: list[Any]) -> bool:
    """The first two rows of a table are its header: a cell of the first reaches
    down into the second, and another spans columns the second divides."""
    return len(first) == len(second) and any(a._tc is b._tc for a, b in zip(first, second, strict=True)) and _divided(
        first, second)


def _divided(first: list[Any], second: list[Any]) -> bool:
    """Does the second row divide a cell the first spans across columns?"""
    return len(first) == len(second) and any(first[i]._tc is first[i + 1]._tc and second[i]._tc is not second[i + 1]._tc
                                             for i in range(len(first) - 1))


def _heads_three_rows(first: list[Any], second: list[Any], rows: Sequence[Any]) -> bool:
    """The first three rows of a table (the first two's cells given) are its header, though no cell of the first
    reaches down: the first's headings (two or more) each span columns the second divides, and the second and third
    head two rows as _heads_two_rows has it, no figure among them (行政复议｜行政诉讼 over 结果维持 … 未经复议直接起诉｜
    复议后起诉 over their 结果维持 …, as a 政府信息公开 report's table of reviews and suits sets them)."""
    if len(rows) < 4 or len({c._tc for c in first}) < 2 or not _divided(first, second):
        return False
    third = list(rows[2].cells)
    return _heads_two_rows(second, third) and not any(re.search(r"\d", c.text) for r in (first, second, third) for c in r)


def table_rows(table: Any, number: Callable[[Any, str], str] | None = None) -> list[list[str]]:
    """A Word table's rows as cell texts. A cell merged across columns keeps its
    text in its first column (python-docx repeats it per grid column), so rows
    keep the header's width. Several leading rows marked to repeat as header
    (w:tblHeader) make one header, column by column; a header row copied further
    down the table is kept once. The header is the table's own first row(s),
    never text above the table. number: a cell paragraph's text with the number Word shows before it (its
    automatic numbering: 1. 2. 3. in a 支持内容 cell)."""
    rows: list[list[str]] = []
    header: list[str] | None = None
    in_header = False  # still in the leading run of rows marked as header
    first: list[Any] = []  # the first row's cells, one per grid column
    above: list[Any] = []  # the cells of the header's last row, when the header is two rows not marked so
    for n, row in enumerate(table.rows):
        grid = list(row.cells)  # (python-docx builds a row's cells anew each time they are asked for)
        cells: list[str] = []
        last = None
        for cell in grid:
            cells.append(cell_text(cell._tc, number) if cell._tc is not last else "")
            last = cell._tc
        flat = [c.strip() for c in cells]
        # (a header row's cell merged across names every column it spans: 增速及占比（%） over 同比增长 and 占全市比重)
        spread = [a.text.strip() for a in grid]
        if header is None:
            header, in_header, first = flat, _repeats_as_header(row), grid
            rows.append(cells)
            continue
        if n == 1 and len(table.rows) > 2 and (_heads_two_rows(first, grid) or _heads_three_rows(first, grid, table.rows)):
            # Unmarked, but a header of two rows all the same: 本季度 over 金额 and 同比增长 (each
            # column under the heading that spans it), 指标名称 merged down beside them.
            header, above = joined_header([a.text for a in first], spread), grid
            rows[0] = header
            continue
        if n == 2 and above and len(table.rows) > 3 and _heads_two_rows(above, grid) and not any(
                re.search(r"\d", c) for c in flat):
            header, above = joined_header(header, spread), []  # a third row of names under them (2023年 / 增速 / 同比增长)
            rows[0] = header
            continue
        if in_header and _repeats_as_header(row) and len(flat) == len(header):
            header = joined_header(header, spread)
            rows[0] = header
            continue
        in_header = False
        if flat != header:
            rows.append(cells)
    return rows


def cell_text(tc: Any, number: Callable[[Any, str], str] | None = None) -> str:
    """A cell's text as Word shows it: its paragraphs (as paragraph_text reads them), and
    a table nested in it row by row, one line a row (python-docx's cell.text leaves the
    nested table out: a 申报条件 cell listing its conditions in one was read empty)."""
    lines: list[str] = []
    for child in tc.iterchildren():
        if child.tag == f"{_W}p":
            text = paragraph_text(child)[0]
            if any(CJK.search(x) for x in lines) and is_translation(text) and not text.lstrip().startswith(("（", "(")):
                continue  # (a Chinese cell's English under it, 办理地点 over Window 12, Zone A, …: its translation)
            lines.append(number(child, text) if number is not None else text)
        elif child.tag == f"{_W}tbl":
            for tr in child.iterchildren(f"{_W}tr"):
                cells = [t for tc2 in tr.iterchildren(f"{_W}tc") if (t := _GAP.sub(" ", cell_text(tc2)).strip())]
                # (a row that numbers its text in a cell of its own, （1） beside the condition, reads as one line)
                numbered = bool(cells) and (m := marker_of(cells[0])) is not None and m[1] == cells[0]
                lines.append("".join(cells) if numbered else " ".join(cells))
        elif child.tag == f"{_W}sdt" and (content := child.find(f"{_W}sdtContent")) is not None and not placeholder(child):
            lines.append(cell_text(content, number))
        elif child.tag == f"{_W}customXml":
            lines.append(cell_text(child, number))
    return "\n".join(lines)


def name_rows(rows: Sequence[Sequence[str]]) -> list[str] | None:
    """A table that only sets names out in a grid, three or more to a row and no header (a 通报's 先进集体, its 先进个人
    with their posts): each row its names one after another, "A；B；C"; None if any cell is no name."""
    names = [[" ".join(c.split()) for c in row if c.strip()] for row in rows]
    if len(rows) < 2 or min(len(r) for r in rows) < 3 or sum(map(len, names)) < 6 or not all(
            LISTED_NAME.fullmatch(c) for row in names for c in row):
        return None
    return ["；".join(row) for row in names if row]
