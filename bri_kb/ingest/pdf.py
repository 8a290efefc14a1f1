"""PDF files through pdfplumber (the only module that imports it).

Text is read line by line in reading order. Running headers and footers are
dropped by position (top or bottom margin) and repetition across pages, not by
a fixed string. Ruled tables become rows of cells ("a｜b｜c"); a table that
runs on to the next page without repeating its header continues the same
table, and a row cut by the page break (its first cell empty on the new page)
is joined back to the row it belongs to. Pages are separated by form feeds so
that every clause keeps its page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bri_kb.errors import IngestError
from bri_kb.ingest.conventions import CELL, PAGE_BREAK, cell_text
from bri_kb.ingest.read import DecodedText
from bri_kb.ingest.text import join_wrapped

MARGIN = 0.08  # share of the page height that counts as header or footer zone
_DIGITS = re.compile(r"\d+")


def _pdf_errors() -> tuple[type[Exception], ...]:
    """What pdfplumber and pdfminer raise for a damaged file: pdfminer's own
    errors (PSException is the base of its parser and document errors), which
    pdfplumber wraps in PdfminerException."""
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    return (PdfminerException, PSException)


def _damaged(exc: Exception) -> IngestError:
    from pdfminer.pdfdocument import PDFEncryptionError

    inner = exc.args[0] if exc.args else None  # pdfplumber wraps pdfminer's errors
    if isinstance(exc, PDFEncryptionError) or isinstance(inner, PDFEncryptionError):
        return IngestError("加密的 PDF：需要密码")
    return IngestError(f"损坏或不完整的 PDF（{(inner or exc).__class__.__name__}）")


def _open(path: Path) -> Any:
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
        _ = len(pdf.pages)
    except _pdf_errors() as exc:
        raise _damaged(exc) from exc
    return pdf


def _margin_key(text: str) -> str:
    """Headers and footers repeat with a changing page number."""
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def _join_cell(text: str | None) -> str:
    if not text:
        return ""
    return cell_text(join_wrapped([t.strip() for t in text.split("\n")]))


def _page_items(page: Any) -> list[tuple[float, str, Any]]:
    """(top, kind, payload) for the text lines and tables of a page, in reading order."""
    # A row cut by a page break may lose its closing rule; close every ruled
    # region at the ends of its vertical lines so that the cut part is a table too.
    verticals = [e for e in page.edges if e["orientation"] == "v" and e["height"] > 5]
    settings: dict[str, Any] = {}
    if verticals:
        settings["explicit_horizontal_lines"] = [min(e["top"] for e in verticals), max(e["bottom"] for e in verticals)]
    tables = page.find_tables(settings)
    boxes = [t.bbox for t in tables]

    def outside(obj: dict[str, Any]) -> bool:
        x, top = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= top <= b[3] for b in boxes)

    items: list[tuple[float, str, Any]] = []
    text_lines = page.filter(outside).extract_text_lines(return_chars=False)
    left = min((ln["x0"] for ln in text_lines), default=0.0)
    for line in text_lines:
        size = max(line["bottom"] - line["top"], 1.0)
        if line["x0"] - left >= 1.5 * size:  # a first-line indent (two characters)
            line = {**line, "text": "\u3000\u3000" + line["text"].strip()}
        items.append((line["top"], "line", line))
    for table in tables:
        rows = [[_join_cell(c) for c in row] for row in table.extract()]
        items.append((table.bbox[1], "table", rows))
    return sorted(items, key=lambda x: x[0])


def _is_margin(line: dict[str, Any], height: float) -> bool:
    return bool(line["top"] < height * MARGIN or line["bottom"] > height * (1 - MARGIN))


def pdf_pages(path: Path) -> list[list[str]]:
    """Each page as lines; tables as CELL-joined rows."""
    pdf = _open(path)
    try:
        pages = [(p.height, _page_items(p)) for p in pdf.pages]
    except _pdf_errors() as exc:
        raise _damaged(exc) from exc
    finally:
        pdf.close()
    repeated = Counter(
        _margin_key(item[2]["text"]) for height, items in pages for item in items
        if item[1] == "line" and _is_margin(item[2], height)
    )
    threshold = max(2, len(pages) // 2)
    out: list[list[str | list[str]]] = []
    open_table: list[list[str]] | None = None  # rows of the table the previous page ended with
    for height, items in pages:
        lines: list[str | list[str]] = []
        for _, kind, payload in items:
            if kind == "line":
                text = payload["text"].rstrip()
                if _is_margin(payload, height) and (repeated[_margin_key(text)] >= threshold or text.strip().isdigit()):
                    continue
                lines.append(text)
                open_table = None
                continue
            rows = payload
            if not lines and open_table and rows and len(rows[0]) == len(open_table[-1]):
                rows = _continue(open_table, rows)
            else:
                open_table = []
            open_table.extend(rows)
            lines += rows  # joined at the end: a later page may still add to a row
        if lines and isinstance(lines[-1], str):
            open_table = None  # the page ended in text, so the table did not run on
        out.append(lines)
    return [[x if isinstance(x, str) else CELL.join(x) for x in page] for page in out]


def _continue(previous: list[list[str]], rows: Sequence[list[str]]) -> list[list[str]]:
    """Rows that carry on a table from the page before. A first row with an
    empty first cell is the rest of the row the page break cut: its cells are
    appended to that row (already emitted), so only the remainder is returned."""
    rows = list(rows)
    if rows and not rows[0][0] and previous:
        last = previous[-1]
        for i, cell in enumerate(rows[0]):
            last[i] = (last[i] + cell) if cell else last[i]
        rows = rows[1:]
    return rows


def read_pdf(path: Path) -> DecodedText:
    """A PDF's text layer, page by page (pages separated by PAGE_BREAK)."""
    pages = pdf_pages(path)
    if sum(len("".join(p)) for p in pages) < 10:
        raise IngestError("没有文字层（扫描件？）：需要先做 OCR")
    return DecodedText(f"\n{PAGE_BREAK}".join("\n".join(p) for p in pages) + "\n", "pdf", wrapped=True, indent_opens=True)
