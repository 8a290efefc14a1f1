"""Spreadsheets as offices send them (a 政策清单, a 任务分工表 or a 企业名单 kept in
Excel): each sheet's title rows as lines, its table as CELL-joined
rows (conventions.py), a note under it as a line. Merged cells read as Word's do:
a cell merged across columns keeps its text in its first column, one merged down
gives its text to every row it spans. How a book's sheets make documents is workbook.py's."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Mapping, Sequence
from typing import Any

from bri_kb.ingest.conventions import CELL, FORM_FILLER, NUMERIC_DATE, joined_header, table_lines
from bri_kb.ingest.text import join_wrapped
from bri_kb.vocabulary import NOTE

Grid = list[list[str]]


def cell_value(value: Any, number_format: str = "General") -> str:
    """A cell's value as the sheet shows it: a date as 2024年5月1日 (2024年3月 when its
    format shows no day), a whole number without its .0, thousands separated when
    its format separates them (#,##0.00), a share formatted as a percentage as one
    (0.15 -> 15%)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        shown = re.sub(r'"[^"]*"|\[[^]]*\]', "", number_format.lower())  # (the format's words and colours)
        if "d" not in shown and "m" in shown:
            return f"{value.year}年{value.month}月"
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        section = number_format.split(";")[0]
        places = len(m.group(1)) if (m := re.search(r"\.(0+)", section)) else None
        if "%" in section:
            return f"{value * 100:.{places or 0}f}%" if places is not None or "0%" in section else f"{value * 100:.10g}%"
        if "#,##" in section:
            return f"{value:,.{places or 0}f}"
        if places is not None and re.fullmatch(r"0\.0+", section.strip()):
            return f"{value:.{places}f}"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return f"{value:.10g}" if isinstance(value, float) else str(value)
    return str(value).strip()


# A form's field beside or under its table: 填报单位（盖章）：…, 填报日期：…, 制表：…, 金额单位：元.
_FIELD = re.compile(r"[^\s：:，。；]{1,10}(?:[（(][^）)]{1,6}[)）])?\s*[:：]")


# (制表：…｜…｜2024年12月10日: the form's date; or typed as figures, 2024.10.9)
FORM_DAY = re.compile(rf"(?:19|20)\d{{2}}年\d{{1,2}}月(?:\d{{1,2}}日)?|{NUMERIC_DATE}")


def sheet_lines(grid: Grid, headers: Mapping[int, int] | None = None,
                notes: Mapping[tuple[int, int], str] | None = None) -> list[str]:
    """A sheet's rows as the lines the splitter reads. A row of one filled cell
    above a table (its title, a section's heading) or under it (a note, a sentence
    of its 说明) is a line of text; a row of a form's fields (填报单位：…｜填报日期：…)
    is a line too, its fields side by side; the other rows make a table, its first
    row the header (of as many rows as `headers` gives its index: one merged down
    beside groups merged across). A row that names its first column as the header
    does (序号) opens a second table. A form's line naming who filled it in and
    when, under the table, goes up under the title, where a document says so.
    `notes`: the 批注 (cell comments) by (row, column); a table row's go in a
    column of their own (批注：核定金额：核减33.50万元…), not into the amount; a
    line's after its text; a header cell's as a note under its table."""
    heads = headers or {}
    remarks = notes or {}
    out: list[str] = []
    table: list[tuple[int, list[str]]] = []

    def flush() -> None:
        if table:
            rows = [r for _, r in table]
            for _ in range(1, min(heads.get(table[0][0], 1), len(rows) - 1)):
                rows = [joined_header(rows[0], rows[1]), *rows[2:]]
            # (the columns a merged cell or a hidden column leaves empty in every row of this table)
            keep = [k for k in range(len(rows[0])) if any(k < len(r) and r[k].strip() for r in rows)]
            header = rows[0]
            shown = [[r[k] for k in keep if k < len(r)] for r in rows]
            below = len(table) - len(rows) + 1  # the grid rows the header took
            said = [[f"{header[c] if c < len(header) and header[c].strip() else '第' + str(c + 1) + '列'}：{text}"
                     for (r, c), text in sorted(remarks.items()) if r == n] for n, _ in table[below:]]
            if any(said):
                shown = [[*shown[0], "批注"], *([*row, "；".join(s)] for row, s in zip(shown[1:], said, strict=True))]
            out.extend(table_lines(shown))
            out.extend(f"注：{header[c] if c < len(header) else ''}（批注）：{text}"
                       for (r, c), text in sorted(remarks.items()) if any(r == n for n, _ in table[:below]))
            table.clear()

    def noted(n: int, line: str) -> str:
        return line + "".join(f"（批注：{text}）" for (r, _), text in sorted(remarks.items()) if r == n)

    for n, row in enumerate(grid):
        filled = [c for c in row if c.strip()]
        if not filled:
            continue
        if _fields_row(filled):
            flush()
            out.append(noted(n, "\u3000\u3000".join(filled)))
            continue
        if _opens_another(row, filled, table, n - table[0][0] if table else 0, heads):
            # another header: a second table, under the heading the row above gives it
            heading = table.pop()[1] if _filled(table[-1][1]) == 1 and table[-1][1][0].strip() else None
            flush()
            out.extend([heading[0]] if heading else [])
        if len(filled) == 1 and (not table or not row[0].strip() or len(row) == 1 or _text_cell(filled[0])):
            flush()
            out.append(noted(n, filled[0]))
        else:
            table.append((n, row))
    flush()
    title = title_at(out)
    if out and _wrapped_title(out[title]):
        out[title] = join_wrapped(out[title].split("\n"))  # (a title typed over two lines of its cell, Alt+Enter)
    out = _filler_with_day(out, title)
    signed = [k for k, line in enumerate(out) if k > title + 1 and SIGNED_LINE.match(line) and CELL not in line]
    if out and CELL not in out[title] and signed:
        out.insert(title + 1, out.pop(signed[0]))
    return out


def title_at(lines: Sequence[str]) -> int:
    """Where a sheet's title line is: under its 附件3 when it was sent as an attachment (1), else atop it (0)."""
    return 1 if len(lines) > 2 and _ATTACHMENT_NUMBER.fullmatch(lines[0]) and CELL not in lines[1] else 0


def _wrapped_title(line: str) -> bool:
    """Is a sheet's title line a title typed over two or three lines of its cell (中国（湖北）自由贸易试验区⏎2024年…情况表)?"""
    parts = line.split("\n")
    return (CELL not in line and 1 < len(parts) <= 3 and all(0 < len(p.strip()) <= 40 for p in parts)
            and not any(p.strip()[-1] in "。；：:！？" for p in parts))


def _filler_with_day(out: list[str], title: int) -> list[str]:
    """Under a table, who filled the form in (填报单位（盖章）：…　填表人：…) on one line and when (填报日期：…) on the
    next: one line, as a form that prints the two side by side has them (so the line goes up under the title)."""
    for k in range(title + 2, len(out) - 1):
        if (CELL not in out[k] and FILLER.match(out[k]) and not FORM_DAY.search(out[k])
                and (day := FILLED_ON.match(out[k + 1])) and FORM_DAY.match(out[k + 1][day.end():])):
            return [*out[:k], f"{out[k]}\u3000\u3000{out[k + 1]}", *out[k + 2:]]
    return out


def _fields_row(filled: Sequence[str]) -> bool:
    """A row of a form's fields (填报单位：…｜填报日期：…, 制表：…｜2024年12月10日), not of a table."""
    return all(_FIELD.match(c) or FORM_DAY.fullmatch(c) for c in filled) and any(_FIELD.match(c) for c in filled)


def _opens_another(row: Sequence[str], filled: Sequence[str], table: Sequence[tuple[int, list[str]]], at: int,
                   headers: Mapping[int, int]) -> bool:
    """Does a row `at` rows into a table name its first column as the table's header does (序号), below the
    header's own rows: the header of a second table?"""
    return (len(table) > 1 and bool(row[0].strip()) and row[0] == table[0][1][0] and len(filled) > 1
            and at >= headers.get(table[0][0], 1))


def _text_cell(text: str) -> bool:
    """Is one filled cell in a table's rows text under it (a sentence, a note, a long line), not a category row?"""
    return bool(re.search(r"[。；]", text)) or len(text) > 40 or bool(NOTE.match(text))


# who filled the form in and when (填报单位：…　填报日期：2025年2月18日), as a line
_FILLED_BY = rf"{FORM_FILLER}[^：:]{{0,6}}[:：]\s*"  # 填报单位（盖章）：
# (the day named 日期 or 时间: 编制单位：…　更新时间：2024年5月10日)
FILLER = re.compile(rf"{_FILLED_BY}([^\s\u3000（(]+(?:[（(](?:盖章|签章|公章)[)）])?)")
FILLED_ON = re.compile(r"(?:填报|制表|编制|更新)(?:日期|时间)\s*[:：]\s*")
SIGNED_LINE = re.compile(rf"{_FILLED_BY}(\S+?)[\s\u3000]+.*(?:日期|时间)\s*[:：]\s*(?:19|20)\d{{2}}(?:年|\s*[./／-])")


def trimmed(grid: Grid) -> Grid:
    """The grid without the empty columns at its right (a sheet's used range often runs past its data)."""
    width = max((max((i + 1 for i, c in enumerate(r) if c.strip()), default=0) for r in grid), default=0)
    return [r[:width] + [""] * (width - len(r)) for r in grid]


def sheet_lines_of(source: Any) -> list[str]:
    """The lines of a workbook's visible sheets one after another (a worksheet embedded in a Word file, `source` its
    bytes as a file): [] if it is no workbook."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(source, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        return []
    return [line for ws in book.worksheets if ws.sheet_state == "visible"
            for grid, heads, notes in [sheet_grid(ws)] for line in sheet_lines(trimmed(grid), heads, notes)]


_ATTACHMENT_NUMBER = re.compile(r"附\s*件\s*\d{0,2}")


def sheet_grid(ws: Any) -> tuple[Grid, dict[int, int], dict[tuple[int, int], str]]:
    """A worksheet's visible cells as text (a hidden row or column, often a withdrawn
    entry or a telephone number, as Word's hidden text is not read), merged cells
    spread as Word's are; and the rows that head a table with the rows under them,
    with how many: a cell merged down beside cells merged across the columns whose
    names stand under them (去程 over 发运标箱｜补贴额｜重箱率, its name given to each); and the
    visible cells' 批注 (comments) by (row, column)."""
    cells = list(ws.iter_rows())
    grid: Grid = [[cell_value(c.value, c.number_format) for c in row] for row in cells]
    notes = {(r, k): note for r, row in enumerate(cells) for k, c in enumerate(row)
             if getattr(c, "comment", None) is not None and (note := comment_text(c.comment.text, c.comment.author))}
    merges = [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges
              if m.min_row - 1 < len(grid)]
    across = {top for top, left, bottom, right in merges if bottom == top and right > left}
    heads: dict[int, int] = {}
    for top, _, bottom, _ in merges:
        if bottom > top and top in across and _filled(grid[top]) > 1:  # (a diagonal header may span two columns)
            heads[top] = max(heads.get(top, 1), bottom - top + 1)
    spread = {r for t, h in heads.items() for r in range(t, t + h - 1)}  # (a group's name over its columns)
    for top, left, bottom, right in merges:
        value = grid[top][left]
        for r in range(top, min(bottom, len(grid) - 1) + 1):
            for c in range(left, min(right + 1, len(grid[r]))):
                grid[r][c] = value if c == left or top in spread and bottom == top else ""
    hidden_rows = {r - 1 for r, d in ws.row_dimensions.items() if d.hidden}
    hidden_cols = {c - 1 for d in ws.column_dimensions.values() if d.hidden and d.min for c in range(d.min, (d.max or d.min) + 1)}
    for r, row in enumerate(grid):
        for c in range(len(row)):
            if r in hidden_rows or c in hidden_cols:
                row[c] = ""
                notes.pop((r, c), None)
    return grid, heads, notes


def comment_text(text: str | None, author: str | None) -> str:
    """A 批注's text on one line, without the author's name Excel sets before it (张三:⏎…)."""
    text = (text or "").strip()
    if author and text.startswith(author.strip()):
        text = re.sub(r"^[:：]\s*", "", text[len(author.strip()):].lstrip())
    return re.sub(r"\s*\n\s*", " ", text).strip()


def first_row(ws: Any) -> list[str]:
    return [cell_value(c.value) for c in next(ws.iter_rows(max_row=1), ())]


def _filled(row: Sequence[str]) -> int:
    return sum(1 for c in row if c.strip())

