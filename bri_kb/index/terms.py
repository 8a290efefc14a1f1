"""terms.json: the abbreviations and defined terms the corpus introduces
(mined at ingest by ingest/terms.py), as one inspectable file in the
generation directory, read back on the question path."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

from bri_kb.model import Term

FILE = "terms.json"


def write_terms(directory: Path, terms: Iterable[Term]) -> None:
    rows = sorted((asdict(t) for t in terms), key=lambda r: (r["kind"], r["term"], r["full"]))
    (directory / FILE).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def load_terms(directory: Path) -> tuple[Term, ...]:
    """The generation's mined terms; none for a generation written before they were
    mined. A damaged file is caught by the manifest's checksums on open."""
    path = directory / FILE
    if not path.exists():
        return ()
    return tuple(Term(r["kind"], r["term"], r["full"], r["clause_id"]) for r in json.loads(path.read_text(encoding="utf-8")))


def abbreviation_pairs(terms: Iterable[Term]) -> tuple[tuple[str, str], ...]:
    """(short form, long form) of each abbreviation."""
    return tuple(dict.fromkeys((t.term, t.full) for t in terms if t.kind == "abbreviation"))
