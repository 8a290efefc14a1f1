"""What the web API turns into tables: a result set as a Sheet, any Sheet as
JSON for the page, and a Sheet as the bytes of a downloadable file."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bri_kb.errors import QueryError
from bri_kb.export.compare import Cell, Sheet
from bri_kb.export.writers import write
from bri_kb.index.tokenize import tokenize_query
from bri_kb.model import Hit, citation
from bri_kb.query.lexicon import expansions
from bri_kb.query.parse import clean_question

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "md": "text/markdown; charset=utf-8",
}


def results_sheet(question: str, hits: Sequence[Hit]) -> Sheet:
    """One row per hit, with the fields an analyst pastes into a briefing."""
    header = ("排名", "文号", "文件", "条款", "日期", "条款原文", "适用范围", "依据", "出处", "页", "起行", "止行")
    rows = tuple(
        (Cell.of_number(h.rank), *(Cell(v) for v in (
            h.document.doc_number.text if h.document.doc_number else "", h.document.title, h.clause.label,
            h.document.published or "", h.clause.text, "、".join(h.clause.applies_to), h.clause.applies_reason,
            citation(h.clause, h.document),
        )), Cell.of_number(h.clause.source.page), Cell.of_number(h.clause.source.line_start),
         Cell.of_number(h.clause.source.line_end))
        for h in hits
    )
    title = f"检索 {clean_question(question)}"[:31]
    return Sheet(title, header, rows, tuple((h.clause, h.document) for h in hits))


def sheet_json(sheet: Sheet) -> dict[str, Any]:
    return {
        "title": sheet.title,
        "header": list(sheet.header),
        "rows": [[c.text for c in row] for row in sheet.rows],
        # the clause (and its document) each row is about, so the page can link to it
        "row_clauses": [row[0].cited[0].clause_id if row and row[0].cited else None for row in sheet.rows],
        "row_docs": [row[0].cited[0].doc_id if row and row[0].cited else None for row in sheet.rows],
        # per cell, the clauses it quotes as [doc_id, clause_id] (a comparison's cells link to them)
        "cell_clauses": [[[[c.doc_id, c.clause_id] for c in cell.cited] for cell in row] for row in sheet.rows],
    }


def file_name(sheet: Sheet, fmt: str) -> str:
    """A download's name from what it holds (检索-外资开KTV.csv, 适用矩阵-国发〔2017〕57号.xlsx):
    the sheet's title with the characters file systems refuse replaced by '-'."""
    stem = re.sub(r'[\\/:*?"<>|\s\x00-\x1f]+', "-", sheet.title).strip("-.") or "bri-kb"
    return f"{stem}.{fmt}"


def sheet_bytes(sheet: Sheet, fmt: str) -> bytes:
    """Render through the same writers as `bri export`, into a temporary file
    the server names itself: no path ever comes from a request."""
    if fmt not in MEDIA_TYPES:
        raise QueryError(f"未知的格式「{fmt}」；可选：{'、'.join(MEDIA_TYPES)}")
    with tempfile.TemporaryDirectory(prefix="bri-export-") as tmp:
        out = Path(tmp) / f"export.{fmt}"
        write(sheet, out)
        return out.read_bytes()


def highlight_terms(question: str, cache_dir: Path | None = None) -> list[str]:
    """The words of a question the page marks in the result texts: its own
    tokens and the formal terms the thesaurus adds, longest first. Single
    characters are left out: marking every 的 or 外 helps no reader."""
    text = clean_question(question)
    # cut as the search cuts it (the same words; no second, full jieba dictionary in the server)
    terms = {t for t in tokenize_query(text, cache_dir) if len(t) >= 2}
    terms |= {formal for formal, _ in expansions(text)}
    return sorted(terms, key=lambda t: (-len(t), t))
