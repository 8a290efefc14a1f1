"""Hybrid retrieval over an opened knowledge base, with filters."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np

from bri_kb.errors import QueryError
from bri_kb.gazetteer import NATIONAL, Place, gazetteer
from bri_kb.index.engine import Probe, RowFilter
from bri_kb.index.generation import open_generation
from bri_kb.index.home import kb_home
from bri_kb.index.terms import abbreviation_pairs, load_terms
from bri_kb.index.tokenize import tokenize_query
from bri_kb.model import Clause, Document, Hit
from bri_kb.query import rerank as reranking
from bri_kb.query.cross_encoder import CrossEncoderReranker
from bri_kb.query.features import Candidate, QuestionView, focus_sentence, matched_terms, question_view
from bri_kb.query.filters import LEVELS, Filters, document_reasons, level_key, where_reason, with_iso_dates
from bri_kb.query.force import not_in_force_on, status_note
from bri_kb.query.fuse import ranks
from bri_kb.query.learned import LearnedTerms, learned_expansions
from bri_kb.query.learned import bundled as bundled_learned
from bri_kb.query.lexicon import expansions, plain_question
from bri_kb.query.lookup import find_clauses, find_documents
from bri_kb.query.parse import ParsedQuestion, parse_question
from bri_kb.query.ranking import (
    ATTRIBUTIONS_READ,
    Scored,
    Settings,
    answer_probability,
    asks_issue_date,
    attributed_hits,
    channel_maxima,
    date_first,
    first_stage,
    fuse,
    introduces,
    issue_date,
    named_first,
    normalised,
    rerank,
    with_attributions,
    with_items,
)
from bri_kb.query.rerank import Reranker
from bri_kb.query.where import COVERS, NO, PART, admitted_places, coverage, scope_note
from bri_kb.script import simplified
from bri_kb.vocabulary import POINTERS, Kind, loose_doc_number, serial_key, title_key

TASKS_READ = 10  # hits read past k, in case attribution lines give way to tasks that rank higher
LOW_KINDS = {Kind.HEADING: 0.5, Kind.TABLE_HEADER: 0.5, Kind.ATTACHMENT: 0.5, Kind.SIGNATURE: 0.3}
__all__ = ["LEVELS", "Filters", "KnowledgeBase", "QueryError"]


@dataclass(frozen=True)
class Boost:
    factor: float
    named: bool  # the question names this clause's document
    label: bool  # the question names this clause's label
    place: int  # 1: applies where the question names, -1: only elsewhere, 0: no place named


@dataclass(frozen=True)
class Answer:
    """A question's hits, best first, and whether the first clearly answers it."""

    question: str
    hits: tuple[Hit, ...]
    answered: bool
    filtered_out: tuple[Hidden, ...] = ()  # clauses the filters kept out of the top k, and why


@dataclass(frozen=True)
class Hidden:
    """A clause that would be among the hits without the filters."""

    clause: Clause
    document: Document
    reason: str  # in Chinese: 仅适用于…，不含…; 发文层级为…; …时尚未施行


@dataclass(frozen=True)
class FirstStage:
    """A question after the channels and the first stage's fusion and boosts."""

    parsed: ParsedQuestion
    extra: tuple[tuple[str, float], ...]
    channels: dict[str, np.ndarray]
    keep: np.ndarray
    combined: np.ndarray
    boosts: dict[int, Boost]
    order: list[int]
    place: Place | None  # the place --where names: a hit that covers only part of it gets a note
    settings: Settings
    words: tuple[str, ...]  # the question cut as the word channel cuts it, once for features and `matched`
    pinned: frozenset[int] = frozenset()  # clauses the question names by document and label
    numbered: frozenset[str] = frozenset()  # the documents the question names by 文号


class KnowledgeBase:
    """One opened generation of the knowledge base, read-only: the clause
    records (the store) and the index engine its manifest names.

    Raises KBError on open when there is none, it was written by another
    version, or its files (or its engine) are damaged or out of reach."""

    def __init__(self, home: Path | None = None) -> None:
        self.home = home or kb_home()
        generation = open_generation(self.home)
        self.directory, self.manifest = generation.directory, generation.manifest
        self.store, self.engine = generation.store, generation.engine
        self.cache_dir = self.home / "cache"  # where the question side's dictionary table lives
        self.abbreviations = abbreviation_pairs(load_terms(self.directory))  # the corpus's own (terms.json)
        self.settings = Settings()
        self.reranker: Reranker | None = reranking.bundled()
        self.cross_encoder: CrossEncoderReranker | None = None  # --reranker ce:…, reorders the top of the list
        self.learned_terms: LearnedTerms | None = None  # None: the bundled table (Settings.learned_weight)
        self._title_keys: dict[str, str] | None = None

    @property
    def documents(self) -> dict[str, Document]:
        return self.store.documents

    def resolve_doc(self, ref: str) -> list[Document]:
        """A 文号, a doc_id, the 令 or 公告 that made a regulation, or a (unique part of a) title."""
        return find_documents(list(self.documents.values()), ref)

    def row_filter(self, f: Filters) -> RowFilter:
        """The filters as the engine applies them: the documents that pass the
        document filters, and the places a clause must apply to one of. The
        decisions are bri-kb's (document_reasons, coverage), whatever the engine."""
        if f.level and f.level not in LEVELS:
            f = replace(f, level=level_key(f.level))
        allowed = None
        if f.doc:
            found = self.resolve_doc(f.doc)
            if not found:
                raise QueryError(f"没有文件与「{f.doc}」相符；见 `bri docs`")
            allowed = {d.doc_id for d in found}
        documents = None
        if f.any_document_filter():
            documents = frozenset(d.doc_id for d in self.documents.values() if not document_reasons(d, f, allowed))
        places = None
        if f.where:
            place = self.place(f.where)
            places = None if place.name == NATIONAL else admitted_places(place)
        return RowFilter(documents, places)

    def place(self, text: str) -> Place:
        found = gazetteer().resolve(text)
        if found is None:
            near = gazetteer().near(text)
            hint = f"；是不是：{'、'.join(near)}？" if near else ""
            raise QueryError(f"未知的地点「{text}」{hint}")
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
        return list(self.ask(question, k, filters).hits)

    def ask(self, question: str, k: int = 10, filters: Filters | None = None,
            settings: Settings | None = None) -> Answer:
        """`search`, with whether any clause clearly answers: the hits carry the
        reranker's calibrated confidence, and `answered` is whether the model's
        answerability (rerank.Answerability) reaches its threshold. Raises as `search` does."""
        filters = with_iso_dates(filters or Filters())
        stage = self.first_stage(question, k, filters, settings)
        model = self.reranker if stage.settings.rerank else None
        scored = [Scored(r, float(stage.combined[r] * stage.boosts[r].factor), None) for r in stage.order]
        likely = 1.0  # without the reranker, every non-empty answer counts as answered
        if model is not None and stage.order:
            view, candidates = self.candidates(stage, model.depth)
            by_clause = {c.clause.clause_id: row for c, row in zip(candidates, stage.order, strict=False)}
            ranked = rerank(model, view, candidates, stage.settings.reorder and not stage.pinned)
            scored = [Scored(row := by_clause[c.clause.clause_id], float(stage.combined[row] * c.boost),
                             1.0 if row in stage.pinned else p)  # a clause named by reference is what was asked
                      for c, p in ranked]
            likely = 1.0 if scored[0].row in stage.pinned else answer_probability(model, view, ranked)
            scored += [Scored(r, float(stage.combined[r] * stage.boosts[r].factor), None) for r in stage.order[model.depth:]]
        if self.cross_encoder is not None and not stage.pinned:
            scored = self.cross_encoder.reorder(stage.parsed.text, scored, self.store.clauses_at)
        parsed = stage.parsed
        if scored and not stage.pinned and stage.numbered:
            scored = named_first(scored, self.store.clauses_at([s.row for s in scored]), stage.numbered, parsed.text)
        if scored and not stage.pinned and asks_issue_date(parsed.text, bool(parsed.doc_numbers or parsed.titles)):
            scored = self._issue_date_first(scored)
        scored, suspended = self._held_on(scored, filters.as_of, k)
        top = attributed_hits(scored[:k + TASKS_READ], self.store.clauses_at, stage.keep)[:k]
        rows = [s.row for s in top]
        clauses = [self._shown(c, after) for c, after in
                   zip(self.store.clauses_at(rows), self.store.next_clauses(rows, ATTRIBUTIONS_READ), strict=True)]
        text = stage.parsed.text
        terms = [t for t, _ in stage.extra]
        # (the force on the date asked: with --as-of, what held then, not what holds today)
        today = filters.as_of or date.today().isoformat()
        hits = tuple(
            Hit(c, self.documents[c.doc_id], n, s.score,
                "；".join(x for x in (scope_note(c.applies_to, stage.place), self.status(self.documents[c.doc_id], today, c)) if x),
                s.confidence, tuple(matched_terms(text, stage.words, terms, c.text)), focus_sentence(text, c.text))
            for n, (s, c) in enumerate(zip(top, clauses, strict=True), 1)
        )
        # Whether anything answers is the question's, decided on the reranker's list (a cross-encoder
        # that reorders the top changes which clause comes first, not whether one answers).
        answered = bool(hits) and (model is None or likely >= model.threshold)
        return Answer(stage.parsed.text, hits, answered, self._filtered_out(stage, filters, k) + suspended)

    def _held_on(self, scored: list[Scored], day: str | None, k: int) -> tuple[list[Scored], tuple[Hidden, ...]]:
        """Without the clauses another document had suspended, deleted or not yet let start on `day`
        (--as-of), and those among the top k as filtered out, with why."""
        window = scored[:k + TASKS_READ] if day else []
        hidden = {s.row: Hidden(c, d, why) for s, c in zip(window, self.store.clauses_at([s.row for s in window]), strict=True)
                  if (d := self.documents[c.doc_id]).changed_by and (why := not_in_force_on(d, c.label, c.path, str(day)))}
        return [s for s in scored if s.row not in hidden], tuple(hidden.values())[:k]

    def _issue_date_first(self, scored: list[Scored]) -> list[Scored]:
        """For a question asking when a document was issued: the top hit's
        document is the one asked about, and its signature's date the answer."""
        rows = self.store.rows_of([self.store.clauses_at([scored[0].row])[0].doc_id])
        clauses = self.store.clauses_at(rows)
        dated = issue_date(clauses)
        return scored if dated is None else date_first(scored, rows[clauses.index(dated)], scored[0].score)

    def _filtered_out(self, stage: FirstStage, f: Filters, k: int) -> tuple[Hidden, ...]:
        """The clauses the filters hid: those in the unfiltered top k that fail a filter."""
        if not f or bool(stage.keep.all()):
            return ()
        everything = fuse(stage.channels, np.ones_like(stage.keep), stage.settings)
        top = [row for row in ranks(everything, k) if not stage.keep[row]]
        allowed = {d.doc_id for d in self.resolve_doc(f.doc)} if f.doc else None
        place = self.place(f.where) if f.where else None
        out = []
        for clause in self.store.clauses_at(top):
            if clause.kind in POINTERS:
                continue  # a signature or a heading hidden is no answer hidden (厦府规〔2024〕7号 落款)
            doc = self.documents[clause.doc_id]
            reasons = document_reasons(doc, f, allowed)
            if place is not None and coverage(clause.applies_to, place, gazetteer())[0] == NO:
                reasons.insert(0, where_reason(clause.applies_to, place))
            out.append(Hidden(clause, doc, "；".join(reasons)))
        return tuple(out)

    def status(self, doc: Document, today: str | None = None, clause: Clause | None = None) -> str:
        """A document's force today, in Chinese (已废止：被 豫政〔2024〕18号 废止…; 有效期经…延长…;
        beside a `clause`, 本条自…起暂停执行), or "" when in force as printed."""
        return status_note(doc, self.documents.get(doc.repealed_by or ""), today or date.today().isoformat(),
                           clause.label if clause else "", clause.path if clause else ())

    def _shown(self, clause: Clause, after: list[Clause]) -> Clause:
        """A hit as the reader sees it: a lead-in or heading line with what it
        introduces, a task with the lines naming who carries it out (`after`:
        the clauses right after it)."""
        if introduces(clause):
            return with_items(clause, self.store.clauses_after(clause.doc_id, clause.ordinal, 40))
        return with_attributions(clause, after)

    def first_stage(self, question: str, k: int = 10, filters: Filters | None = None,
                    settings: Settings | None = None) -> FirstStage:
        """Every channel's scores, their fusion under the filters, and the top
        rows by fused score times the boosts."""
        settings = settings or self.settings
        parsed = parse_question(question or "")
        if not parsed.text:
            raise QueryError("问题为空")
        if k < 1:
            raise QueryError("k 至少为 1")
        filters = with_iso_dates(filters or Filters())
        row_filter = self.row_filter(filters)
        extra = expansions(parsed.text, mined=self.abbreviations, mined_weight=settings.mined_weight)
        # Settings.plain: the channels score the question without its question-form words
        text = plain_question(parsed.text) if settings.plain else parsed.text
        dense_query = text + ("".join(f" {t}" for t, _ in extra) if settings.dense_expansions else "")
        words = tuple(tokenize_query(parsed.text, self.cache_dir))
        learned: list[tuple[str, float]] = []
        if settings.learned_weight > 0:  # the table loads on the first question that asks for it
            table = self.learned_terms or bundled_learned()
            have = {t for t, _ in extra}
            learned = [e for e in learned_expansions(words, parsed.text, table, settings.learned_weight) if e[0] not in have]
        probe = Probe(text, tuple(extra), settings.char_expansions, dense_query, tuple(learned), settings.sentences)
        retrieved = self.engine.top_k(probe, settings.depth, row_filter)
        channels, keep = retrieved.channels, retrieved.keep
        combined = fuse(channels, keep, settings)
        numbered = self.numbered_documents(parsed)
        named = self.named_documents(parsed, numbered)
        # 第7项 of a document the question names is what it asks for, whatever the channels say.
        labelled = self.store.rows_labelled(sorted(named), parsed.labels)
        pinned = [r for r, c in zip(labelled, self.store.clauses_at(labelled), strict=True)
                  if row_filter.admits(c.doc_id, c.applies_to)]
        rows = list(dict.fromkeys([*pinned, *ranks(combined, settings.depth)]))
        boosts = self._boosts(rows, parsed, named)
        order = pinned + first_stage([r for r in rows if r not in pinned], combined,
                                     {row: b.factor for row, b in boosts.items()})
        place = self.place(filters.where) if filters.where else None
        return FirstStage(parsed, tuple(extra), channels, keep, combined, boosts, order, place, settings,
                          words, frozenset(pinned), frozenset(numbered))

    def candidates(self, stage: FirstStage, n: int) -> tuple[QuestionView, list[Candidate]]:
        """The first stage's top n rows as the reranker sees them."""
        top = stage.order[:n]
        maxima = channel_maxima(stage.channels, stage.keep)
        words = stage.words
        view = question_view(stage.parsed.text, words, {w: self.engine.idf(w) for w in words},
                             [t for t, _ in stage.extra], bool(stage.parsed.places))
        ch, b = stage.channels, stage.boosts
        candidates = [
            Candidate(c, self.documents[c.doc_id], n, float(stage.combined[row]), b[row].factor,
                      normalised(ch, maxima, row), float(ch["bm25"][row]), float(ch["dense"][row]),
                      b[row].place, b[row].named, b[row].label)
            for n, (row, c) in enumerate(zip(top, self.store.clauses_at(top), strict=True), 1)
        ]
        return view, candidates

    def named_documents(self, parsed: ParsedQuestion, numbered: set[str]) -> set[str]:
        """The documents a question names: by 文号 (国发〔2017〕57号, or as typed:
        国发2017年57号; `numbered`, from numbered_documents), by 《title》, or by a
        title written out in it (浙江自贸试验区条例)."""
        named = set(numbered)
        for ref in parsed.titles:
            named |= {d.doc_id for d in self.resolve_doc(ref)}
        if self._title_keys is None:
            self._title_keys = {d.doc_id: title_key(d.title) for d in self.documents.values()}
        asked = title_key(parsed.text)
        named |= {doc_id for doc_id, key in self._title_keys.items() if len(key) >= 6 and key in asked}
        return named

    def numbered_documents(self, parsed: ParsedQuestion) -> set[str]:
        """The documents a question names by 文号 (国发〔2017〕57号, or as typed: 国发2017年57号)."""
        named: set[str] = set()
        for ref in parsed.doc_numbers:
            named |= {d.doc_id for d in self.resolve_doc(ref)}
        if not parsed.doc_numbers and (typed := loose_doc_number(parsed.text)):
            named |= {d.doc_id for d in self.documents.values() if d.doc_number and (
                d.doc_number.issuer_code, d.doc_number.year, serial_key(d.doc_number.serial)) == typed}
        return named

    def _boosts(self, rows: list[int], parsed: ParsedQuestion, named: set[str]) -> dict[int, Boost]:
        """The first stage's boost per row: clause kinds that point at content
        count less; the documents, clauses and places a question names count more."""
        gaz = gazetteer()
        clauses = dict(zip(rows, self.store.clauses_at(rows), strict=True))
        out = {}
        for row in rows:
            clause = clauses[row]
            factor = LOW_KINDS.get(clause.kind, 1.0)
            is_named = bool(named) and clause.doc_id in named
            if is_named:
                factor *= 2.0
            place = 0
            if parsed.places:
                covered = any(coverage(clause.applies_to, p, gaz, districts=False)[0] in (COVERS, PART) for p in parsed.places)
                place = 1 if covered else -1
                factor *= 1.2 if covered else 1.0
            label = bool(parsed.labels) and clause.label in parsed.labels and (not named or is_named)
            if label:
                # 第7项 of a document the question names is what it asks for: ahead of any
                # clause that only mentions the label (the note under a table cites 第1项至第9项).
                factor *= 10.0 if is_named else 2.0
            out[row] = Boost(factor, is_named, label, place)
        return out

    def clause(self, ref: str, label: str | None = None) -> list[Clause]:
        """The clauses a reference names: a clause id, or a document (see resolve_doc) and a label
        (第三十二条, 5, 二、（三）), or the label written after the document in one string; all of the
        document's clauses when no label is given. Raises QueryError, in Chinese, for what names nothing."""
        direct = self.store.clause_by_id(ref)
        # (typed in traditional characters, 琴合經〔2024〕8號 第三條: the documents are held in simplified ones)
        return [direct] if direct else find_clauses(simplified(ref), simplified(label) if label else label,
                                                    self.resolve_doc, self.store.clauses_of)

    def document_counts(self) -> list[tuple[Document, int]]:
        counts = self.store.clause_counts()
        return [(d, counts.get(d.doc_id, 0)) for d in self.documents.values()]

    def close(self) -> None:
        self.engine.close()
        self.store.close()
