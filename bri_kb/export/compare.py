"""Comparison tables: documents (or regions) × topics, a document's table, and
a clause × jurisdiction applicability matrix. Pure data; writers.py renders."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bri_kb.errors import QueryError
from bri_kb.gazetteer import gazetteer
from bri_kb.index.engine import Probe, RowFilter
from bri_kb.model import Clause, Document, citation
from bri_kb.query.filters import level_key
from bri_kb.query.lexicon import thesaurus
from bri_kb.query.search import KnowledgeBase
from bri_kb.query.where import COVERS, PART, coverage
from bri_kb.vocabulary import POINTERS, Kind, squash

NOT_COVERED = "未涉及"
SNIPPET = 120


@dataclass(frozen=True)
class Topic:
    name: str
    synonyms: tuple[str, ...] = ()

    def terms(self) -> tuple[str, ...]:
        """The topic, its synonyms, and the formal terms the thesaurus maps them to."""
        terms = [self.name, *self.synonyms]
        for formal, variants in thesaurus():
            if any(t == formal or t in variants for t in terms):
                terms += [formal, *variants]
        return tuple(dict.fromkeys(t for t in terms if len(t) >= 2))


@dataclass(frozen=True)
class Cell:
    text: str
    cited: tuple[Clause, ...] = ()
    number: int | None = None  # a rank, page or line: written as a number where the format has numbers

    @staticmethod
    def of_number(n: int | None) -> Cell:
        """A cell holding a number (or nothing, when it is not known)."""
        return Cell("" if n is None else str(n), (), n)


@dataclass(frozen=True)
class Sheet:
    """A table to write: a title, a header row, rows of cells, and the
    clauses the cells cite (with their documents), for a sources sheet."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    cited: tuple[tuple[Clause, Document], ...] = field(default=())


def parse_topic(spec: str) -> Topic:
    """'跨境电商' or '跨境电商=跨境电子商务,海外仓'."""
    name, _, syn = spec.partition("=")
    if not name.strip():
        raise QueryError(f"主题为空：{spec}")
    return Topic(name.strip(), tuple(s.strip() for s in re.split(r"[,，、]", syn) if s.strip()))


def _norm(text: str) -> str:
    return squash(text).lower()


def snippet(text: str, terms: Sequence[str]) -> str:
    """About SNIPPET characters of a clause around the first topic term, cut at
    pauses (，。；、) where there is one nearby, never in the middle of a word."""
    flat = re.sub(r"\s+", "", text)
    at = min((i for t in terms if (i := flat.find(t)) >= 0), default=0)
    start = max(0, at - 30)
    if start:  # begin after the pause before the term, if there is one in the 30 characters
        pause = max(flat.rfind(p, start, at) for p in "，。；：、")
        start = pause + 1 if pause >= 0 else start
    end = start + SNIPPET
    if end < len(flat):
        pause = max(flat.rfind(p, start + SNIPPET // 2, end) for p in "，。；：、")
        end = pause + 1 if pause >= 0 else end
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def best_clauses(kb: KnowledgeBase, docs: Sequence[Document], topic: Topic, per_cell: int) -> list[Clause]:
    """Clauses of these documents that mention the topic (or a synonym), best
    first by BM25. Nothing mentioned means nothing returned: no least-bad fill."""
    terms = topic.terms()
    wanted = {_norm(t) for t in terms}
    doc_ids = sorted({d.doc_id for d in docs})
    rows = kb.store.rows_of(doc_ids)
    # Every clause of these documents is a candidate: the word channel only orders them.
    scores = kb.engine.top_k(Probe(" ".join(terms)), max(1, len(rows)), RowFilter(frozenset(doc_ids)), ("bm25",)).channels["bm25"]
    found = [(row, c) for row, c in zip(rows, kb.store.clauses_at(rows), strict=True) if c.kind not in POINTERS]
    hits = [(float(scores[row]), row, c) for row, c in found if any(w in _norm(c.text) for w in wanted)]
    hits.sort(key=lambda x: (-x[0], x[1]))
    return [c for _, _, c in hits[:per_cell]]


def select_documents(kb: KnowledgeBase, refs: Sequence[str], level: str | None, where: str | None) -> list[Document]:
    """The documents named by 文号 or title (all when none), narrowed by level
    and by the place their region covers. Raises QueryError when a reference
    names nothing or no document is left."""
    docs = list(kb.documents.values())
    if refs:
        chosen: list[Document] = []
        for ref in refs:
            found = kb.resolve_doc(ref)
            if not found:
                raise QueryError(f"没有文件与「{ref}」相符；见 `bri docs`")
            chosen += [d for d in found if d not in chosen]
        docs = chosen
    if level:
        key = level_key(level)  # 省级 as well as provincial
        docs = [d for d in docs if d.level == key]
    if where:
        place = kb.place(where)
        docs = [d for d in docs if d.region and coverage([d.region], place, gazetteer())[0] in (COVERS, PART)]
    if not docs:
        raise QueryError("没有文件符合这些筛选条件；见 `bri docs`")
    return docs


def compare(
    kb: KnowledgeBase,
    topics: Sequence[Topic],
    docs: Sequence[Document],
    by: str = "doc",
    per_cell: int = 1,
    progress: Callable[[str, int, int], None] | None = None,
) -> Sheet:
    """Documents (by="doc") or regions (by="region") × topics: in each cell the
    per_cell best clauses that mention the topic, with citations, or 未涉及.
    Raises QueryError for another `by`."""
    if by not in ("doc", "region"):
        raise QueryError("--by 只能是 doc 或 region")
    groups: list[tuple[str, list[Document]]] = []
    if by == "doc":
        groups = [(d.doc_number.text + " " + d.title if d.doc_number else d.title, [d]) for d in docs]
    else:
        for d in docs:
            key = d.region or "未知地区"
            match = next((g for g in groups if g[0] == key), None)
            if match:
                match[1].append(d)
            else:
                groups.append((key, [d]))
    rows, cited = [], {}
    total, done = len(groups) * len(topics), 0
    for label, members in groups:
        cells = [Cell(label)]
        for topic in topics:
            found = best_clauses(kb, members, topic, per_cell)
            done += 1
            if progress:
                progress("compare", done, total)
            if not found:
                cells.append(Cell(NOT_COVERED))
                continue
            parts = []
            for c in found:
                doc = kb.documents[c.doc_id]
                cited[c.clause_id] = (c, doc)
                parts.append(f"{snippet(c.text, topic.terms())}\n〔{citation(c, doc)}〕")
            cells.append(Cell("\n".join(parts), tuple(found)))
        rows.append(tuple(cells))
    header = ("文件" if by == "doc" else "地区", *(t.name for t in topics))
    title = "对比 " + "、".join(t.name for t in topics)
    return Sheet(title[:31], header, tuple(rows), tuple(cited.values()))


def document_table(kb: KnowledgeBase, ref: str) -> Sheet:
    """A document's table rows with their columns, applies_to and its reason."""
    clauses = [c for c in kb.clause(ref) if c.kind == Kind.TABLE_ROW]
    if not clauses:
        raise QueryError(f"「{ref}」没有表格")
    doc = kb.documents[clauses[0].doc_id]
    columns = list(dict.fromkeys(k for c in clauses for k in c.fields))
    header = ("条款", *columns, "适用范围", "依据")
    rows = tuple(
        (Cell(c.label, (c,)), *(Cell(c.fields.get(k, "")) for k in columns),
         Cell("、".join(c.applies_to)), Cell(c.applies_reason))
        for c in clauses
    )
    return Sheet(doc.title[:31], header, rows, tuple((c, doc) for c in clauses))


def most_tabled_document(kb: KnowledgeBase) -> str:
    """The doc_id of the document with the most table rows (the first such in
    the knowledge base): what the page's matrix shows before anyone picks one."""
    found = kb.store.most_of_kind(Kind.TABLE_ROW.value)
    if found is None:
        raise QueryError("知识库中没有带表格的文件；请用 ref 指定一个文件")
    return found


ALREADY = "此前已适用"
EXTENDED = "本文件推广适用"
APPLIES = "适用"
NOT_APPLIES = "不适用"


def matrix_cell(clause: Clause, place: str) -> str:
    """Whether a clause applies in a place, and, where a table note says so,
    whether it already did before this document or this document extends it."""
    if place not in clause.applies_to:
        return NOT_APPLIES
    if not clause.applied_before:
        return APPLIES
    return ALREADY if place in clause.applied_before else EXTENDED


def short_text(text: str, limit: int = 48) -> str:
    """The text on one line, cut (with …) at the last pause (，、；：（ or a line
    break) before `limit`, so that it is not cut mid-word."""
    flat = re.sub(r"\s*\n\s*", " ", text.strip())
    if len(flat) <= limit:
        return flat
    cut = max((i for i, ch in enumerate(flat[: limit + 1]) if ch in "，、；：（ " and i >= limit // 2), default=limit)
    return flat[:cut].rstrip() + "…"


def row_name(clause: Clause) -> str:
    """What a matrix row is about: the regulations a table row adjusts with
    their articles (《娱乐场所管理条例》 第六条), else the start of the column
    that quotes them, else of the clause: a row reads as more than 第1项."""
    if clause.regulations and all(arts for _, arts in clause.regulations):
        return "；".join(f"{name} {'、'.join(arts)}" for name, arts in clause.regulations)
    quoted = next((v for v in clause.fields.values() if "《" in v), clause.text)
    return short_text(quoted)


def applicability_matrix(kb: KnowledgeBase, ref: str) -> Sheet:
    """A document's clauses (its table rows, if it has any) × the places they
    apply to: 适用 / 不适用, or, where the document's table note tells them apart,
    此前已适用 (in force there before this document) / 本文件推广适用 (extended by it)."""
    clauses = [c for c in kb.clause(ref) if c.kind not in POINTERS]
    rows_of = [c for c in clauses if c.kind == Kind.TABLE_ROW] or clauses
    doc = kb.documents[rows_of[0].doc_id]
    places = list(dict.fromkeys(p for c in rows_of for p in c.applies_to))
    header = ("条款", "内容", *places, "依据")
    rows = tuple(
        (Cell(c.label, (c,)), Cell(row_name(c)), *(Cell(matrix_cell(c, p)) for p in places), Cell(c.applies_reason))
        for c in rows_of
    )
    name = doc.doc_number.text if doc.doc_number else doc.title
    return Sheet(f"适用矩阵 {name}"[:31], header, rows, tuple((c, doc) for c in rows_of))
