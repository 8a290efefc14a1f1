"""Whole-file views of the streaming ingest, for tests: a file's documents,
clauses and report gathered in one record, and a store written in one call."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bri_kb.index.store import create_store, insert_clauses, insert_documents, insert_files
from bri_kb.ingest.clean import Line, Removed, clean_blocks
from bri_kb.ingest.pipeline import FileReport, Part, ingest_parts, stream_file
from bri_kb.model import Clause, Document


@dataclass(frozen=True)
class Parsed:
    documents: tuple[Document, ...]
    clauses: tuple[Clause, ...]
    report: FileReport


def collect(items: Iterable[Part | FileReport]) -> Parsed:
    parts = list(items)
    report = parts.pop()
    assert isinstance(report, FileReport)
    docs = [p for p in parts if isinstance(p, Part)]
    return Parsed(tuple(p.document for p in docs), tuple(c for p in docs for c in p.clauses), report)


def ingest_file(path: Path, name: str | None = None) -> Parsed:
    return collect(stream_file(path, name))


def ingest_text(text: str, file: str, encoding: str = "utf-8", wrapped: bool | None = None,
                indent_opens: bool = False) -> Parsed:
    return collect(ingest_parts(text.split("\n"), file, encoding, wrapped, indent_opens, "\f" in text))


@dataclass(frozen=True)
class Cleaned:
    lines: tuple[Line, ...]
    removed: tuple[Removed, ...] = ()
    removed_counts: dict[str, int] = field(default_factory=dict)


def clean_lines(text: str) -> Cleaned:
    """The whole text cleaned as one block."""
    kept: list[Line] = []
    removed: list[Removed] = []
    for item in clean_blocks(text.split("\n"), "\f" in text, block=None):
        if isinstance(item, Line):
            kept.append(item)
        else:
            removed.append(item)
    counts = Counter(kind for _, kind in removed)
    return Cleaned(tuple(kept), tuple(removed), dict(sorted(counts.items())))


def write_store(path: Path, documents: Sequence[Document], clauses: Sequence[Clause],
                files: Iterable[tuple[str, str, str, dict[str, Any]]]) -> None:
    con: sqlite3.Connection = create_store(path)
    try:
        insert_clauses(con, 0, clauses)
        insert_documents(con, documents)
        insert_files(con, files)
        con.commit()
    finally:
        con.close()


def built_kb(directory: Path, files: Sequence[Path]) -> Path:
    """A knowledge base built from `files` (with the bundled encoder) in `directory`/kb: for tests
    that need documents linked to one another (what one changes or repeals of another)."""
    from bri_kb.index.kb import build

    home = directory / "kb"
    build(list(files), home)
    return home
