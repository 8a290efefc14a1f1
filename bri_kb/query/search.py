"""Hybrid retrieval over an opened knowledge base, with filters."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bri_kb import KB_FORMAT, __version__
from bri_kb.errors import KBError, QueryError
from bri_kb.gazetteer import Place, gazetteer
from bri_kb.index.dense import DenseIndex
from bri_kb.index.encoders import load_encoder
from bri_kb.index.home import kb_home, live_dir
from bri_kb.index.integrity import REBUILD, quick_problems
from bri_kb.index.lexical import LexicalIndex
from bri_kb.index.rows import load_rows
from bri_kb.index.store import Store
from bri_kb.model import Clause, Document, Hit
from bri_kb.query.fuse import convex_combination, ranks
from bri_kb.query.lexicon import expansions
from bri_kb.query.parse import ParsedQuestion, canonical_label, parse_question
from bri_kb.query.where import COVERS, NO, PART, UNKNOWN, coverage
from bri_kb.vocabulary import Kind, in_force, ref_key

LEVELS = ("state_council", "ministry", "provincial", "municipal", "other")
WEIGHTS = {"bm25": 0.7, "dense": 0.3}
# Cosine between unrelated texts sits near 0 for this encoder, so 0 is the
# practical floor that spreads the dense scores over [0, 1].
FLOORS = {"bm25": 0.0, "dense": 0.0}
DEPTH = 100
LOW_KINDS = {Kind.HEADING: 0.5, Kind.TABLE_HEADER: 0.5, Kind.ATTACHMENT: 0.5, Kind.SIGNATURE: 0.3}
__all__ = ["Filters", "KnowledgeBase", "QueryError"]


@dataclass(frozen=True)
class Filters:
    where: str | None = None
    level: str | None = None
    issuer: str | None = None
    since: str | None = None
    until: str | None = None
    doc: str | None = None
    as_of: str | None = None


class KnowledgeBase:
    """One opened generation of the knowledge base: the store, the lexical and
    dense engines and the filter columns, read-only.

    Raises KBError on open when there is none, it was written by another
    version, or its files are damaged."""

    def __init__(self, home: Path | None = None) -> None:
        self.home = home or kb_home()
        directory = live_dir(self.home)
        if directory is None:
            raise KBError(f"no knowledge base in {self.home}; run `bri ingest` first")
        try:
            self.manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise KBError(f"{directory}/manifest.json is unreadable ({exc}); run `bri ingest --rebuild`") from None
        if self.manifest.get("kb_format") != KB_FORMAT or self.manifest.get("bri_kb") != __version__:
            raise KBError(
                f"the knowledge base in {self.home} was written by bri-kb {self.manifest.get('bri_kb')} "
                f"(format {self.manifest.get('kb_format')}); this is {__version__} (format {KB_FORMAT}). "
                "Run `bri ingest --rebuild`."
            )
        self.directory = directory
        problems = quick_problems(directory, self.manifest)
        if problems:
            raise KBError(f"the knowledge base in {directory} is damaged: {'; '.join(problems)}; {REBUILD}")
        try:
            self.store = Store(directory / "kb.sqlite")
            self.lexical = LexicalIndex()
            self.lexical.cache_dir = self.home / "cache"
            self.lexical.load(directory / "bm25")
            self.rows = load_rows(directory / "rows")
        except (sqlite3.DatabaseError, OSError, ValueError, KeyError) as exc:
            raise KBError(f"the knowledge base in {directory} cannot be read ({exc}); {REBUILD}") from None
        self._dense: DenseIndex | None = None

    @property
    def dense(self) -> DenseIndex:
        if self._dense is None:
            dense = DenseIndex(load_encoder(self.manifest["encoder"], self.home / "cache"))
            try:
                dense.load(self.directory)
            except (RuntimeError, OSError) as exc:  # faiss reports damaged files as RuntimeError
                raise KBError(f"{self.directory}/dense.faiss cannot be read ({exc}); {REBUILD}") from None
            if len(dense) != len(self.rows):
                raise KBError(f"{len(dense)} vectors for {len(self.rows)} clauses; {REBUILD}")
            self._dense = dense
        return self._dense

    @property
    def documents(self) -> dict[str, Document]:
        return self.store.documents

    def resolve_doc(self, ref: str) -> list[Document]:
        """A 文号, a doc_id, or a (unique part of a) title."""
        want = ref_key(ref)
        docs = list(self.documents.values())
        exact = [d for d in docs if d.doc_id == ref or (d.doc_number and ref_key(d.doc_number.text) == want)]
        if exact:
            return exact
        titled = [d for d in docs if want and want in ref_key(d.title)]
        return titled

    def _mask(self, f: Filters) -> tuple[np.ndarray, dict[int, str]]:
        """Rows that pass the filters, and a note per applicability code (for --where)."""
        for name, value in (("--since", f.since), ("--until", f.until), ("--as-of", f.as_of)):
            if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise QueryError(f"{name} takes a date as YYYY-MM-DD, not {value!r}")
        if f.level and f.level not in LEVELS:
            raise QueryError(f"unknown level {f.level!r}; choose from {', '.join(LEVELS)}")
        allowed = None
        if f.doc:
            found = self.resolve_doc(f.doc)
            if not found:
                raise QueryError(f"no document matches {f.doc!r}; see `bri docs`")
            allowed = {d.doc_id for d in found}
        docs = self.documents
        if any((f.doc, f.level, f.issuer, f.since, f.until, f.as_of)):
            doc_ok = np.array([_document_passes(docs[doc_id], f, allowed) for doc_id in self.rows.documents] or [True])
            keep = doc_ok[self.rows.doc]
        else:
            keep = np.ones(len(self.rows), dtype=bool)
        notes: dict[int, str] = {}
        if f.where:
            place = self.place(f.where)
            gaz = gazetteer()
            scope_ok = np.ones(len(self.rows.scopes) or 1, dtype=bool)
            for code, applies in enumerate(self.rows.scopes):
                verdict, name = coverage(applies, place, gaz)
                scope_ok[code] = verdict != NO
                if verdict == PART:
                    notes[code] = f"applies in {name}, a part of {place.name}"
                elif verdict == UNKNOWN:
                    notes[code] = f"applicability not known; shown because it may concern {place.name}"
            keep = keep & scope_ok[self.rows.scope]
        return np.asarray(keep, dtype=bool), notes

    def place(self, text: str) -> Place:
        found = gazetteer().resolve(text)
        if found is None:
            near = gazetteer().near(text)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            raise QueryError(f"unknown place {text!r}{hint}")
        return found

    def search(self, question: str, k: int = 10, filters: Filters | None = None) -> list[Hit]:
        """The k clauses that best answer a question, best first.

        Parameters
        ----------
        question
            The question in Chinese; 文号, 《titles》, 第X条/第X项 and places in it
            boost the documents, clauses and jurisdictions they name.
        k
            How many hits to return (at least 1).
        filters
            Place (--where), level, issuer, dates, document and as-of date.

        Returns
        -------
        list[Hit]
            Each with its clause, document, rank, fused score and, under --where,
            a note when the rule covers only part of the place.

        Raises
        ------
        QueryError
            An empty question, k < 1, or a filter that names nothing (an unknown
            place, level or document, a malformed date).
        """
        parsed = parse_question(question or "")
        if not parsed.text:
            raise QueryError("the question is empty")
        if k < 1:
            raise QueryError("k must be at least 1")
        f = filters or Filters()
        keep, scope_notes = self._mask(f)
        extra = expansions(parsed.text)
        lexical = self.lexical.scores(parsed.text, extra) * keep
        dense_query = parsed.text + "".join(f" {t}" for t, _ in extra)
        dense = self.dense.scores(dense_query) * keep
        combined = convex_combination({"bm25": lexical, "dense": np.where(keep, dense, -1.0)}, WEIGHTS, FLOORS)
        candidates = ranks(np.where(keep, combined, 0.0), DEPTH)
        fused = {row: float(combined[row]) for row in candidates}
        boosted = self._boost(fused, parsed)
        order = sorted(boosted, key=lambda r: (-boosted[r], r))[:k]
        clauses = self.store.clauses_at(order)
        return [
            Hit(c, self.documents[c.doc_id], n, boosted[row], scope_notes.get(int(self.rows.scope[row]), ""))
            for n, (row, c) in enumerate(zip(order, clauses, strict=True), 1)
        ]

    def _boost(self, fused: dict[int, float], parsed: ParsedQuestion) -> dict[int, float]:
        named: set[str] = set()
        for ref in (*parsed.doc_numbers, *parsed.titles):
            named |= {d.doc_id for d in self.resolve_doc(ref)}
        gaz = gazetteer()
        out = {}
        for row, score in fused.items():
            factor = LOW_KINDS.get(self.rows.kind_of(row), 1.0)
            if named and self.rows.doc_id(row) in named:
                factor *= 2.0
            if parsed.places:
                if any(coverage(self.rows.applies_to(row), p, gaz)[0] in (COVERS, PART) for p in parsed.places):
                    factor *= 1.2
            out[row] = score * factor
        if parsed.labels:
            rows = list(out)
            for row, clause in zip(rows, self.store.clauses_at(rows), strict=True):
                if clause.label in parsed.labels and (not named or clause.doc_id in named):
                    out[row] *= 2.0
        return out

    def clause(self, ref: str, label: str | None = None) -> list[Clause]:
        direct = self.store.clause_by_id(ref)
        if direct:
            return [direct]
        docs = self.resolve_doc(ref)
        if not docs:
            raise QueryError(f"no document or clause matches {ref!r}; see `bri docs`")
        if len(docs) > 1:
            names = "; ".join(d.title for d in docs[:5])
            raise QueryError(f"{ref!r} matches {len(docs)} documents ({names}); be more specific")
        clauses = self.store.clauses_of(docs[0].doc_id)
        if label is None:
            return clauses
        wanted = label_variants(label)
        found = [c for c in clauses if c.label in wanted]
        if not found:
            raise QueryError(f"{docs[0].title} has no clause labelled {label!r}")
        return found

    def document_counts(self) -> list[tuple[Document, int]]:
        per_code = np.bincount(self.rows.doc, minlength=len(self.rows.documents))
        counts = {doc_id: int(n) for doc_id, n in zip(self.rows.documents, per_code, strict=True)}
        return [(d, counts.get(d.doc_id, 0)) for d in self.documents.values()]

    def close(self) -> None:
        self.store.close()


def _document_passes(d: Document, f: Filters, allowed: set[str] | None) -> bool:
    date = d.published or d.signed
    return (
        (allowed is None or d.doc_id in allowed)
        and (not f.level or d.level == f.level)
        and (not f.issuer or any(f.issuer in i for i in d.issuers) or f.issuer in d.title[:20])
        and (not f.since or (date is not None and date >= f.since))
        and (not f.until or (date is not None and date <= f.until))
        and (not f.as_of or in_force(d, f.as_of) is True)
    )


def label_variants(label: str) -> set[str]:
    """What a user may type for a label: 5 -> 第5项; 32 / 第32条 -> 第三十二条; 二 -> 二、."""
    label = label.strip()
    out = {label}
    m = re.fullmatch(r"第?\s*([一二三四五六七八九十百零〇两\d]+)\s*(条|项|章|节)?", label)
    if m:
        num, unit = m.group(1), m.group(2)
        for u in ([unit] if unit else ["项", "条"]):
            lab = canonical_label(num, u)
            if lab:
                out.add(lab)
        if not unit:
            out |= {f"{num}、", f"{num}.", f"（{num}）"}
    return out
