"""Spreadsheets as offices send them (a 政策清单, a 任务分工表 or a 企业名单 kept in
Excel): each sheet's title rows as lines, its table as CELL-joined
rows (conventions.py), a note under it as a line. Merged cells read as Word's do:
a cell merged across columns keeps its text in its first column, one merged down
gives its text to every row it spans."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bri_kb.errors import IngestError
from bri_kb.ingest.conventions import CELL, FIRST_HEADER, joined_header, table_lines
from bri_kb.ingest.read import DecodedText

Grid = list[list[str]]


def cell_value(value: Any, number_format: str = "General") -> str:
    """A cell's value as the sheet shows it: a date as 2024年5月1日, a whole number
    without its .0, a share formatted as a percentage as one (0.15 -> 15%)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        if "%" in number_format:
            return f"{value * 100:.10g}%"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return f"{value:.10g}" if isinstance(value, float) else str(value)
    return str(value).strip()


def sheet_lines(grid: Grid, two_row_header: bool = False) -> list[str]:
    """A sheet's rows as the lines the splitter reads: rows with one filled cell
    (a title above the table, a note under it) as lines of text, the rows with
    several as a table (its first such row the header, two when `two_row_header`)."""
    out: list[str] = []
    table: Grid = []

    def flush() -> None:
        if table:
            rows = table
            if two_row_header and len(rows) > 2:
                rows = [joined_header(rows[0], rows[1]), *rows[2:]]
            out.extend(table_lines(rows))
            table.clear()

    for row in grid:
        filled = [c for c in row if c.strip()]
        if not filled:
            continue
        if table and row == table[0] and len(table) > 1:
            # the header again: a second table of the same columns, under the heading the row above gives it
            heading = table.pop() if _filled(table[-1]) == 1 and table[-1][0].strip() else None
            flush()
            out.extend([heading[0]] if heading else [])
        if len(filled) == 1 and (not table or not row[0].strip() or len(row) == 1):
            flush()
            out.append(filled[0])
        else:
            table.append(row)
    flush()
    return out


def _trimmed(grid: Grid) -> Grid:
    """The grid without the empty columns at its right (a sheet's used range often runs past its data)."""
    width = max((max((i + 1 for i, c in enumerate(r) if c.strip()), default=0) for r in grid), default=0)
    return [r[:width] + [""] * (width - len(r)) for r in grid]


def read_xlsx(path: Path) -> DecodedText:
    """An Excel workbook's visible sheets (workbook_lines); a hidden sheet (the
    values of a drop-down list) is no part of the document.

    Raises
    ------
    IngestError
        The file is no workbook, or a table this tool exported.
    """
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise IngestError("无法读取的 Excel 文件（可能已损坏，或不是 .xlsx 格式）") from exc
    if "条款原文" in book.sheetnames and _first_row(book["条款原文"])[:2] == ["引用", "条款全文"]:
        raise IngestError("这是本工具导出的表格（含“条款原文”表），不是政策文件；请导入原始文件")
    sheets = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    bodies = [(ws.title.strip(), sheet_lines(_trimmed(grid), two_rows)) for ws in sheets
              for grid, two_rows in [_sheet_grid(ws)]]
    bodies = [(name, body) for name, body in bodies if body]
    if not bodies:
        raise IngestError("Excel 文件中没有文字")
    return DecodedText("\n".join(workbook_lines(bodies, path.stem)), "xlsx", wrapped=False)


def workbook_lines(sheets: Sequence[tuple[str, list[str]]], name: str = "") -> list[str]:
    """The sheets' lines one after another. When several sheets each open with a
    title of their own (…2024年重点任务分工表, …2025年重点任务分工表), each is a
    document: its title and an empty 发布时间 line, as a compilation prints them
    (conventions.py). A sheet without a title is headed by its name,
    unless Excel named it (Sheet1). A book whose first sheet opens with its table is
    titled by the file's `name` (自贸区企业统计表.xlsx: 自贸区企业统计表)."""
    titled = len(sheets) > 1 and all(CELL not in body[0] for _, body in sheets)
    lines: list[str] = []
    if sheets and CELL in sheets[0][1][0]:
        lines.append(name or sheets[0][0])
    for sheet, body in sheets:
        if titled:
            lines += [body[0], f"{FIRST_HEADER}：", *body[1:]]
        else:
            if len(sheets) > 1 and CELL in body[0] and not _DEFAULT_NAME.fullmatch(sheet):
                lines.append(sheet)
            lines += body
    return lines


_DEFAULT_NAME = re.compile(r"(?i)sheet\d*|工作表\d*")  # the name Excel or WPS gives a new sheet


def _sheet_grid(ws: Any) -> tuple[Grid, bool]:
    """A worksheet's cells as text, merged cells spread as Word's are; and whether
    its table's header takes two rows (a cell merged across columns over the
    names of its columns, the others merged down beside it)."""
    grid: Grid = [[cell_value(c.value, c.number_format) for c in row] for row in ws.iter_rows()]
    merges = [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges]
    for top, left, bottom, right in merges:
        if top >= len(grid):
            continue
        value = grid[top][left]
        for r in range(top, min(bottom, len(grid) - 1) + 1):
            for c in range(left, min(right + 1, len(grid[r]))):
                grid[r][c] = value if c == left else ""
    # (a header row with a cell merged across the columns under it and a cell merged down the two rows)
    across = {top for top, left, bottom, right in merges if bottom == top and right > left}
    down = {top for top, left, bottom, right in merges if bottom == top + 1 and right == left}
    two_rows = any(t in down and t < len(grid) and _filled(grid[t]) > 1 for t in across)
    return grid, two_rows


def _first_row(ws: Any) -> list[str]:
    return [cell_value(c.value) for c in next(ws.iter_rows(max_row=1), ())]


def _filled(row: Sequence[str]) -> int:
    return sum(1 for c in row if c.strip())

