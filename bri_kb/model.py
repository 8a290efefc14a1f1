"""The records that cross stage boundaries: documents, clauses and search hits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from bri_kb.vocabulary import DocNumber, Kind, start_of


@dataclass(frozen=True)
class Source:
    """Where a clause sits in its file; lines are 1-based and inclusive."""

    file: str
    page: int | None
    line_start: int
    line_end: int


@dataclass(frozen=True)
class Document:
    doc_id: str
    title: str
    doc_number: DocNumber | None
    issuers: tuple[str, ...]
    level: str
    region: str
    published: str | None
    signed: str | None
    effective: str | None
    expires: str | None
    source_name: str | None
    file: str
    line_start: int
    line_end: int
    attachments: tuple[str, ...] = ()
    repeals: tuple[str, ...] = ()  # 文号 or titles this document repeals (…同时废止)
    repealed_by: str | None = None  # doc_id of a document in the KB that repeals this one


@dataclass(frozen=True)
class Clause:
    clause_id: str
    doc_id: str
    ordinal: int
    label: str
    kind: Kind
    path: tuple[str, ...]
    text: str
    source: Source
    fields: Mapping[str, str] = field(default_factory=dict)
    applies_to: tuple[str, ...] = ()
    applies_reason: str = ""
    # Table rows that adjust regulations: ((《name》, (article, …)), …)
    regulations: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Of applies_to, the places where the clause was already in force before this
    # document (a table note: 此前已在上海…自贸试验区实施); to the others it extends.
    applied_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    clause: Clause
    document: Document
    rank: int
    score: float
    note: str = ""  # e.g. "applies in 中国（河南）自由贸易试验区, a part of 河南省"
    confidence: float | None = None  # calibrated P(this clause answers the question), from the reranker
    matched: tuple[Mapping[str, object], ...] = ()  # {"term", "from": question|thesaurus, "channels": […]}
    focus: str | None = None  # in a long clause, the sentence that matches the question best


def document_json(doc: Document) -> dict[str, Any]:
    data = asdict(doc)
    data["doc_number"] = doc.doc_number.text if doc.doc_number else None
    data["doc_number_parts"] = asdict(doc.doc_number) if doc.doc_number else None
    data["issuers"] = list(doc.issuers)
    data["attachments"] = list(doc.attachments)
    data["repeals"] = list(doc.repeals)
    return data


def clause_json(clause: Clause, doc: Document) -> dict[str, Any]:
    """The stable JSON contract for a clause (see README, 'JSON fields')."""
    return {
        "clause_id": clause.clause_id,
        "doc_id": clause.doc_id,
        "doc_title": doc.title,
        "doc_number": doc.doc_number.text if doc.doc_number else None,
        "issuer": "、".join(doc.issuers),
        "level": doc.level,
        "region": doc.region,
        "date": doc.published,
        "label": clause.label,
        "kind": clause.kind,
        "path": list(clause.path),
        "text": clause.text,
        "fields": dict(clause.fields),
        "applies_to": list(clause.applies_to),
        "applies_reason": clause.applies_reason,
        "applied_before": list(clause.applied_before),
        "in_force": in_force_json(doc),
        "regulations": [{"name": n, "articles": list(a)} for n, a in clause.regulations],
        "source": asdict(clause.source),
    }


def in_force_json(doc: Document) -> dict[str, Any]:
    """From when (and on which date that rests: 施行日期, or else 成文日期 or 发布日期), until when."""
    start, basis = start_of(doc)
    return {"from": start, "from_basis": basis, "until": doc.expires, "repealed_by": doc.repealed_by}


def hit_json(hit: Hit) -> dict[str, Any]:
    data = clause_json(hit.clause, hit.document)
    data["rank"] = hit.rank
    data["score"] = round(hit.score, 6)
    data["confidence"] = None if hit.confidence is None else round(hit.confidence, 4)
    data["matched"] = [dict(m) for m in hit.matched]
    data["focus"] = hit.focus
    data["note"] = hit.note
    return data
