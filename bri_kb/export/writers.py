"""Write a Sheet as XLSX, CSV, Markdown, HTML or JSON; the file suffix picks.

Output is deterministic: same data, same bytes (no timestamps in the data;
XLSX document properties are fixed)."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable
from pathlib import Path

from bri_kb.errors import QueryError
from bri_kb.export.compare import Sheet
from bri_kb.model import citation

FORMATS = (".xlsx", ".csv", ".md", ".html", ".json")


def write(sheet: Sheet, out: Path) -> None:
    """Write a sheet to `out`, in the format its suffix names.

    Raises
    ------
    QueryError
        The suffix names no format we write, or the file cannot be written.
    """
    suffix = out.suffix.lower()
    writers: dict[str, Callable[[Sheet, Path], None]] = {
        ".xlsx": write_xlsx, ".csv": write_csv, ".md": write_md, ".html": write_html, ".json": write_json,
    }
    if suffix not in writers:
        raise QueryError(f"无法写入 {out.name}：文件后缀须为 {'、'.join(FORMATS)} 之一")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        writers[suffix](sheet, out)
    except OSError as exc:
        raise QueryError(f"无法写入 {out}：{exc.strerror or exc}") from exc


def _grid(sheet: Sheet) -> list[list[str]]:
    return [list(sheet.header), *([c.text for c in row] for row in sheet.rows)]


def _values(sheet: Sheet) -> list[list[str | int]]:
    """The grid with numbers as numbers (ranks, pages, lines), for XLSX and JSON."""
    return [list(sheet.header), *([c.text if c.number is None else c.number for c in row] for row in sheet.rows)]


def write_csv(sheet: Sheet, out: Path) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(_grid(sheet))
    out.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))  # BOM: Excel then reads UTF-8


def md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def write_md(sheet: Sheet, out: Path) -> None:
    grid = _grid(sheet)
    lines = ["| " + " | ".join(md_cell(c) for c in grid[0]) + " |", "|" + "---|" * len(grid[0])]
    lines += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in grid[1:]]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_html(sheet: Sheet, out: Path) -> None:
    def cell(tag: str, text: str) -> str:
        return f"<{tag}>{html.escape(text).replace(chr(10), '<br>')}</{tag}>"

    head = "".join(cell("th", h) for h in sheet.header)
    body = "\n".join("<tr>" + "".join(cell("td", c.text) for c in row) + "</tr>" for row in sheet.rows)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(sheet.title)}</title>
<style>body{{font-family:sans-serif;margin:1em}}table{{border-collapse:collapse}}
th,td{{border:1px solid #999;padding:4px 6px;vertical-align:top;max-width:32em}}th{{background:#eee;position:sticky;top:0}}</style>
</head><body><h1>{html.escape(sheet.title)}</h1>
<table><thead><tr>{head}</tr></thead><tbody>
{body}
</tbody></table></body></html>
"""
    out.write_text(page, encoding="utf-8")


def write_json(sheet: Sheet, out: Path) -> None:
    rows = [dict(zip(sheet.header, row, strict=True)) for row in _values(sheet)[1:]]
    data = {"title": sheet.title, "columns": list(sheet.header), "rows": rows,
            "cited": [{"clause_id": c.clause_id, "citation": citation(c, d), "text": c.text} for c, d in sheet.cited]}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_xlsx(sheet: Sheet, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = sheet.title[:31] or "表"
    for row in _values(sheet):
        ws.append(row)
    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in ws.iter_rows():
        for c in cells:
            c.alignment = wrap
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.freeze_panes = "B2"
    for i, col in enumerate(ws.columns, 1):
        longest = max((min(len(str(c.value or "")), 60) for c in col), default=10)
        ws.column_dimensions[col[0].column_letter].width = max(10, min(60, longest * 1.6 if i > 1 else longest * 1.8))
    src = wb.create_sheet("条款原文")
    src.append(["引用", "条款全文", "文件", "页", "起行", "止行"])
    for clause, doc in sheet.cited:
        s = clause.source
        src.append([citation(clause, doc), clause.text, s.file, s.page, s.line_start, s.line_end])
    for cells in src.iter_rows():
        for c in cells:
            c.alignment = wrap
    src.freeze_panes = "A2"
    src.column_dimensions["A"].width = 40
    src.column_dimensions["B"].width = 100
    buf = io.BytesIO()
    wb.save(buf)
    out.write_bytes(_without_timestamps(buf.getvalue()))


def _without_timestamps(xlsx: bytes) -> bytes:
    """openpyxl stamps the save time into the zip entries and docProps/core.xml;
    fix both so that re-running an export gives byte-identical output."""
    import re
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    return out.getvalue()
