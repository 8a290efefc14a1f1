"""The records that cross stage boundaries: documents, clauses and search hits."""

from __future__ import annotations

import re
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
class Change:
    """One document's change to another's force, as the changing document prints it: its
    validity extended or continued, its start postponed, the whole or some articles ended or
    repealed, some articles suspended, resumed, amended or deleted (see `action`)."""

    target: str  # the changed document as the changing one names it: 文号, else title
    # "extend", "continue" (继续执行, no end given), "postpone", "end" (自…起停止执行), "repeal" (废止; of the whole,
    # or of the articles named), "suspend", "resume" (恢复执行), "amend" (修改; of the
    # whole, or of the articles named) or "delete" (删去第八条)
    action: str
    # the new end (extend), the new start (postpone), the first day no longer in force (end),
    # the first day suspended (suspend), the first day in force again (resume)
    date: str | None
    until: str | None = None  # postpone: the new end, when printed; suspend: the last day suspended
    articles: tuple[str, ...] = ()  # the articles or items changed (第五条; 第二条第（二）项; 第（五）项), () for all
    # Set on the changed document's copy: the changing document (doc_id and how a reader
    # names it) and the date the change replaced (the old end, or the old start).
    by: str | None = None
    by_name: str | None = None
    was: str | None = None
    shifted: bool = False  # postpone: 有效期相应顺延, the end moves as far as the start
    where: str | None = None  # suspend: the places it is for, as printed (在中国（重庆）…试验区暂停实施…), else everywhere
    # repeal: the changing document only reports it (a catalogue's row 状态：已废止), another document made it
    reported: bool = False


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
    changes: tuple[Change, ...] = ()  # what this document changes in others
    changed_by: tuple[Change, ...] = ()  # changes other documents in the KB make to this one
    # 公文 parts (GB/T 9704) that are metadata, not clauses: 版头, 主送, 附注, 版记,
    # and the 公告 or 令 that carried this document (its title and number).
    wrapper: str | None = None
    issuing_mark: str | None = None  # 发文机关标志, e.g. 国务院文件
    copy_number: str | None = None  # 份号
    secrecy: str | None = None  # 密级和保密期限
    urgency: str | None = None  # 紧急程度
    reply_class: str | None = None  # 答复类别 of a reply to a deputy's proposal (A类: solved or adopted)
    signatory: str | None = None  # 签发人
    addressees: str | None = None  # 主送机关, as printed
    remarks: str | None = None  # 附注, e.g. （此件公开发布）
    cc: str | None = None  # 抄送机关, as printed
    printed_by: str | None = None  # 印发机关
    printed_date: str | None = None  # 印发日期 (ISO)
    attendance: str | None = None  # a 纪要's 出席、列席、请假 and 记录 lists, as printed
    parties: str | None = None  # an agreement's parties' block under its title (甲方：…；住所：…；乙方：…), as printed
    subtitle: str | None = None  # the line under a title set off by a dash (——…论坛成果文件), without the dash


OFFICE_FIELDS = ("wrapper", "issuing_mark", "copy_number", "secrecy", "urgency", "reply_class", "signatory", "addressees",
                 "remarks", "cc", "printed_by", "printed_date", "attendance",
                 "parties", "subtitle")


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
class Term:
    """A term a document defines for itself: an abbreviation (中国（浙江）自由贸易试验区
    （以下简称自贸试验区）) or a defined term (本办法所称对外投资合作是指…)."""

    kind: str  # "abbreviation" or "defined"
    term: str  # the short form, or the defined term
    full: str  # the long form, or the start of the definition
    clause_id: str  # where the document says so


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


def reference(doc: Document) -> str:
    """How a reader names a document: its 文号, else its 《title》 (a title quoted inside it in 〈〉:
    《〈…若干规定〉政策解读》, as quotation inside a quotation is written)."""
    if doc.doc_number:
        return doc.doc_number.text
    if doc.wrapper and (order := _ORDER.fullmatch(re.sub(r"\s+", "", doc.wrapper))):
        return order.group(1) + order.group(2)  # a 令's rule by its 令: 福建省人民政府令第251号
    return "《" + doc.title.replace("《", "〈").replace("》", "〉") + "》"


_ORDER = re.compile(r"([\u4e00-\u9fff]{2,30}?令)[（(]?(第\d{1,4}号)[)）]?")


def citation(clause: Clause, doc: Document) -> str:
    """What a reader knows first (文号 or 《title》, the clause's label), then where
    it is: file, page (only where the page is known) and lines."""
    return f"{reference(doc)} {clause.label}（{place_in_file(clause)}）"


def place_in_file(clause: Clause) -> str:
    """file, page (only where the page is known) and lines: 002_….txt 第4页 第221–241行."""
    src = clause.source
    page = f" 第{src.page}页" if src.page else ""
    return f"{src.file}{page} 第{src.line_start}–{src.line_end}行"


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
        "citation": citation(clause, doc),
    }


def in_force_json(doc: Document) -> dict[str, Any]:
    """From when (and on which date that rests: 施行日期, or else 成文日期 or 发布日期), until when."""
    start, basis = start_of(doc)
    return {"from": start, "from_basis": basis, "until": doc.expires, "repealed_by": doc.repealed_by,
            "changed_by": [{"action": c.action, "by": c.by, "by_name": c.by_name, "date": c.date, "until": c.until,
                            "articles": list(c.articles), "was": c.was, "where": c.where, "reported": c.reported}
                           for c in doc.changed_by]}


def hit_json(hit: Hit) -> dict[str, Any]:
    data = clause_json(hit.clause, hit.document)
    data["rank"] = hit.rank
    data["score"] = round(hit.score, 6)
    data["confidence"] = None if hit.confidence is None else round(hit.confidence, 4)
    data["matched"] = [dict(m) for m in hit.matched]
    data["focus"] = hit.focus
    data["note"] = hit.note
    return data
