"""Documents and clauses in SQLite. A clause's row number is its position in
every index engine, so engines hold no ids of their own."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bri_kb.model import OFFICE_FIELDS, Change, Clause, Document, Source
from bri_kb.vocabulary import DocNumber, Kind

SCHEMA = """
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY, ord INTEGER, title TEXT, doc_number TEXT, dn_code TEXT,
  dn_year INTEGER, dn_serial TEXT, issuers TEXT, level TEXT, region TEXT,
  published TEXT, signed TEXT, effective TEXT, expires TEXT, source_name TEXT,
  file TEXT, line_start INTEGER, line_end INTEGER, attachments TEXT, repeals TEXT, repealed_by TEXT,
  changes TEXT, changed_by TEXT, office TEXT
);
CREATE TABLE clauses (
  row INTEGER PRIMARY KEY, clause_id TEXT UNIQUE, doc_id TEXT REFERENCES documents(doc_id),
  ordinal INTEGER, label TEXT, kind TEXT, path TEXT, text TEXT, fields TEXT,
  applies_to TEXT, applies_reason TEXT, file TEXT, page INTEGER,
  line_start INTEGER, line_end INTEGER, regulations TEXT, applied_before TEXT
);
CREATE INDEX clauses_doc ON clauses(doc_id, ordinal);
CREATE TABLE files (name TEXT PRIMARY KEY, sha256 TEXT, encoding TEXT, report TEXT);
"""


def create_store(path: Path) -> sqlite3.Connection:
    """A new, empty store; the writer adds clauses in batches, then documents and files."""
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    return con


def insert_clauses(con: sqlite3.Connection, first_row: int, clauses: Sequence[Clause]) -> None:
    con.executemany(
        "INSERT INTO clauses VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [_clause_row(first_row + n, c) for n, c in enumerate(clauses)],
    )


def insert_documents(con: sqlite3.Connection, documents: Sequence[Document]) -> None:
    con.executemany(
        "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [_doc_row(n, d) for n, d in enumerate(documents)],
    )


def insert_files(con: sqlite3.Connection, files: Iterable[tuple[str, str, str, dict[str, Any]]]) -> None:
    con.executemany(
        "INSERT INTO files VALUES (?,?,?,?)",
        [(name, sha, enc, json.dumps(rep, ensure_ascii=False)) for name, sha, enc, rep in files],
    )


def _doc_row(n: int, d: Document) -> tuple[Any, ...]:
    dn = d.doc_number
    return (
        d.doc_id, n, d.title, dn.text if dn else None, dn.issuer_code if dn else None,
        dn.year if dn else None, dn.serial if dn else None, json.dumps(list(d.issuers), ensure_ascii=False),
        d.level, d.region, d.published, d.signed, d.effective, d.expires, d.source_name,
        d.file, d.line_start, d.line_end, json.dumps(list(d.attachments), ensure_ascii=False),
        json.dumps(list(d.repeals), ensure_ascii=False), d.repealed_by,
        json.dumps([asdict(c) for c in d.changes], ensure_ascii=False),
        json.dumps([asdict(c) for c in d.changed_by], ensure_ascii=False),
        json.dumps({k: v for k in OFFICE_FIELDS if (v := getattr(d, k)) is not None}, ensure_ascii=False),
    )


def _clause_row(n: int, c: Clause) -> tuple[Any, ...]:
    return (
        n, c.clause_id, c.doc_id, c.ordinal, c.label, c.kind.value, json.dumps(list(c.path), ensure_ascii=False),
        c.text, json.dumps(dict(c.fields), ensure_ascii=False), json.dumps(list(c.applies_to), ensure_ascii=False),
        c.applies_reason, c.source.file, c.source.page, c.source.line_start, c.source.line_end,
        json.dumps([[n, list(a)] for n, a in c.regulations], ensure_ascii=False),
        json.dumps(list(c.applied_before), ensure_ascii=False),
    )


def _document(r: sqlite3.Row) -> Document:
    dn = DocNumber(r["doc_number"], r["dn_code"], r["dn_year"], r["dn_serial"]) if r["doc_number"] else None
    return Document(
        doc_id=r["doc_id"], title=r["title"], doc_number=dn, issuers=tuple(json.loads(r["issuers"])),
        level=r["level"], region=r["region"], published=r["published"], signed=r["signed"],
        effective=r["effective"], expires=r["expires"], source_name=r["source_name"], file=r["file"],
        line_start=r["line_start"], line_end=r["line_end"], attachments=tuple(json.loads(r["attachments"])),
        repeals=tuple(json.loads(r["repeals"])), repealed_by=r["repealed_by"],
        changes=_changes(r["changes"]), changed_by=_changes(r["changed_by"]),
        **{k: v for k, v in json.loads(r["office"]).items() if k in OFFICE_FIELDS},
    )


def _changes(stored: str) -> tuple[Change, ...]:
    return tuple(Change(**{**c, "articles": tuple(c["articles"])}) for c in json.loads(stored))


def _clause(r: sqlite3.Row) -> Clause:
    return Clause(
        clause_id=r["clause_id"], doc_id=r["doc_id"], ordinal=r["ordinal"], label=r["label"], kind=Kind(r["kind"]),
        path=tuple(json.loads(r["path"])), text=r["text"],
        source=Source(r["file"], r["page"], r["line_start"], r["line_end"]),
        fields=json.loads(r["fields"]), applies_to=tuple(json.loads(r["applies_to"])),
        applies_reason=r["applies_reason"],
        regulations=tuple((n, tuple(a)) for n, a in json.loads(r["regulations"])),
        applied_before=tuple(json.loads(r["applied_before"])),
    )


RECENT = 4096  # parsed clauses kept: a question reads its top rows several times (boosts, reranker, hits)


class Store:
    """Read access to a written store. All SQL is parameterised. The store is
    read-only, so parsed clauses are kept for re-reads (at most RECENT)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._con.row_factory = sqlite3.Row
        self.documents: dict[str, Document] = {
            r["doc_id"]: _document(r) for r in self._con.execute("SELECT * FROM documents ORDER BY ord")
        }
        self._recent: dict[int, Clause] = {}

    def close(self) -> None:
        self._con.close()

    def count(self) -> int:
        return int(self._con.execute("SELECT COUNT(*) FROM clauses").fetchone()[0])

    def clauses_at(self, rows: Sequence[int]) -> list[Clause]:
        if not rows:
            return []
        recent = self._recent
        found = {r: c for r in rows if (c := recent.get(r)) is not None}
        missing = [r for r in dict.fromkeys(rows) if r not in found]
        if missing:
            query = f"SELECT * FROM clauses WHERE row IN ({','.join('?' * len(missing))})"
            read = {r["row"]: _clause(r) for r in self._con.execute(query, missing)}
            if len(recent) + len(read) > RECENT:
                recent.clear()  # simpler than LRU order, and safe for threads sharing the store
            recent.update(read)
            found.update(read)
        return [found[r] for r in rows]

    def clause_by_id(self, clause_id: str) -> Clause | None:
        r = self._con.execute("SELECT * FROM clauses WHERE clause_id = ?", (clause_id,)).fetchone()
        return _clause(r) if r else None

    def rows_labelled(self, doc_ids: Sequence[str], labels: Sequence[str]) -> list[int]:
        """Rows of these documents' clauses with these labels, in document order."""
        if not doc_ids or not labels:
            return []
        query = (f"SELECT row FROM clauses WHERE doc_id IN ({','.join('?' * len(doc_ids))}) "
                 f"AND label IN ({','.join('?' * len(labels))}) ORDER BY doc_id, ordinal")
        return [int(r[0]) for r in self._con.execute(query, [*doc_ids, *labels])]

    def clause_counts(self) -> dict[str, int]:
        """Each document's number of clauses."""
        return {r[0]: int(r[1]) for r in self._con.execute("SELECT doc_id, COUNT(*) FROM clauses GROUP BY doc_id")}

    def rows_of(self, doc_ids: Sequence[str]) -> list[int]:
        """The rows of these documents' clauses, in row order."""
        if not doc_ids:
            return []
        query = f"SELECT row FROM clauses WHERE doc_id IN ({','.join('?' * len(doc_ids))}) ORDER BY row"
        return [int(r[0]) for r in self._con.execute(query, list(doc_ids))]

    def most_of_kind(self, kind: str) -> str | None:
        """The document with the most clauses of this kind (the first such in row order)."""
        r = self._con.execute("SELECT doc_id FROM clauses WHERE kind = ? GROUP BY doc_id "
                              "ORDER BY COUNT(*) DESC, MIN(row) LIMIT 1", (kind,)).fetchone()
        return str(r[0]) if r else None

    def clauses_of(self, doc_id: str) -> list[Clause]:
        rows = self._con.execute("SELECT * FROM clauses WHERE doc_id = ? ORDER BY ordinal", (doc_id,))
        return [_clause(r) for r in rows]

    def clauses_after(self, doc_id: str, ordinal: int, limit: int) -> list[Clause]:
        """The next `limit` clauses of a document after the one at `ordinal`."""
        rows = self._con.execute("SELECT * FROM clauses WHERE doc_id = ? AND ordinal > ? ORDER BY ordinal LIMIT ?",
                                 (doc_id, ordinal, limit))
        return [_clause(r) for r in rows]

    def next_clauses(self, rows: Sequence[int], n: int) -> list[list[Clause]]:
        """For each row, up to `n` clauses right after it in its own document,
        all read in one query (a document's clauses have consecutive rows)."""
        if not rows:
            return []
        wanted = sorted({r + j for r in rows for j in range(1, n + 1)})
        query = f"SELECT * FROM clauses WHERE row IN ({','.join('?' * len(wanted))})"
        read = {r["row"]: _clause(r) for r in self._con.execute(query, wanted)}
        out: list[list[Clause]] = []
        for row, clause in zip(rows, self.clauses_at(rows), strict=True):
            run: list[Clause] = []
            for j in range(1, n + 1):
                after = read.get(row + j)
                if after is None or after.doc_id != clause.doc_id or after.ordinal <= clause.ordinal:
                    break
                run.append(after)
            out.append(run)
        return out

    def all_clauses(self) -> Iterable[Clause]:
        for r in self._con.execute("SELECT * FROM clauses ORDER BY row"):
            yield _clause(r)

    def integrity(self) -> str:
        return str(self._con.execute("PRAGMA integrity_check").fetchone()[0])
