"""read -> clean -> split -> structure -> enrich, for one text file at a time."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.applicability import document_scope, row_applicability, row_notes
from bri_kb.ingest.clean import BLOCK_LINES, MARGIN_LINES, Line, clean_blocks
from bri_kb.ingest.formats import TEXT_SUFFIXES, read_document
from bri_kb.ingest.metadata import (
    attachments_of,
    dates_of,
    doc_number_of,
    dominant_place,
    issuers_of,
    level_and_region,
    regulations_in,
    repeals_of,
)
from bri_kb.ingest.read import open_text
from bri_kb.ingest.split import RawDocument, split_stream
from bri_kb.ingest.structure import Segment, fingerprint, structure
from bri_kb.model import Clause, Document, Source

DUPLICATE_DOCUMENT = "duplicate_document"


@dataclass(frozen=True)
class FileReport:
    file: str
    encoding: str
    lines: int
    documents: int
    clauses: int
    removed: dict[str, int]
    metadata_lines: int
    lost_lines: tuple[int, ...] = ()  # body lines in no clause: must stay empty
    duplicates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ingested:
    documents: tuple[Document, ...]
    clauses: tuple[Clause, ...]
    report: FileReport
    fingerprints: frozenset[str] = field(default=frozenset())
    doc_keys: tuple[str, ...] = ()  # per document: fingerprint of its body, for cross-file duplicates


def stable_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def make_document(raw: RawDocument, file: str, segments: Sequence[Segment]) -> Document:
    gaz = gazetteer()
    body = [ln.text for ln in raw.body]
    number = doc_number_of(raw.header, raw.title, body)
    issuers = issuers_of(raw.title, body)
    level, region = level_and_region(raw.title, issuers, number, gaz)
    if not region:
        region = dominant_place(raw.title + "\n" + "\n".join(body), gaz)
    dates = dates_of(raw.header, body)
    return Document(
        doc_id=stable_id(file, raw.title, str(raw.line_start)),
        title=raw.title or Path(file).stem,
        doc_number=number,
        issuers=issuers,
        level=level,
        region=region,
        published=dates.published,
        signed=dates.signed,
        effective=dates.effective,
        expires=dates.expires,
        source_name=raw.header.get("来源"),
        file=file,
        line_start=raw.line_start,
        line_end=raw.line_end,
        attachments=attachments_of([s.text for s in segments]),
        repeals=repeals_of("\n".join(body)),
    )


def _row_number(label: str) -> int:
    """第9项 -> 9; a row without a number (第3行) has none (0)."""
    m = re.fullmatch(r"第(\d+)项", label)
    return int(m.group(1)) if m else 0


def make_clauses(doc: Document, segments: Sequence[Segment]) -> list[Clause]:
    gaz = gazetteer()
    scope = document_scope(doc, "\n".join(s.text for s in segments), gaz)
    notes = row_notes([s.text for s in segments if s.kind == "note"])
    rows = [
        row_applicability(scope, _row_number(seg.label), notes, gaz) if seg.kind == "table_row" else scope
        for seg in segments
    ]
    return [
        Clause(
            clause_id=f"{doc.doc_id}-{n:04d}",
            doc_id=doc.doc_id,
            ordinal=n,
            label=seg.label,
            kind=seg.kind,
            path=seg.path,
            text=seg.text,
            source=Source(doc.file, seg.lines[0].page, seg.lines[0].no, seg.lines[-1].no),
            fields=dict(seg.fields),
            applies_to=where.places,
            applies_reason=where.reason,
            regulations=regulations_in(list(seg.fields.values())[1]) if seg.kind == "table_row" else (),
        )
        for n, (seg, where) in enumerate(zip(segments, rows, strict=True), 1)
    ]


@dataclass(frozen=True)
class Part:
    """One document of a file as soon as it is structured, with its clauses."""

    document: Document
    clauses: tuple[Clause, ...]
    key: str  # fingerprint of its body, for duplicates across files


def ingest_parts(
    raw_lines: Iterable[str],
    file: str,
    encoding: str = "utf-8",
    seen_docs: frozenset[str] = frozenset(),
    wrapped: bool | None = None,
    indent_opens: bool = False,
    formfeeds: bool = False,
    block: int | None = BLOCK_LINES,
    margin: int = MARGIN_LINES,
) -> Iterator[Part | FileReport]:
    """The file's documents one at a time, then its report (last). Lines are
    read, cleaned (in blocks) and split lazily, so the parse holds a block of
    lines and the current document, whatever the size of the file; a caller
    that writes each part away holds one document's clauses."""
    n_lines = 0

    def counted() -> Iterator[str]:
        nonlocal n_lines
        for line in raw_lines:
            n_lines += 1
            yield line

    removed: Counter[str] = Counter()

    def kept() -> Iterator[Line]:
        for item in clean_blocks(counted(), formfeeds, block, margin):
            if isinstance(item, Line):
                yield item
            else:
                removed[item[1]] += 1

    n_documents = n_clauses = n_metadata = 0
    duplicates: list[str] = []
    lost: list[int] = []
    doubled: list[int] = []
    fingerprints = set(seen_docs)
    for raw, lines in split_stream(kept()):
        removed.update(kind for _, kind in raw.removed)
        key = fingerprint("".join(ln.text for ln in raw.body))
        if key in fingerprints:
            duplicates.append(raw.title)
            removed[DUPLICATE_DOCUMENT] += len(raw.title_lines) + len(raw.header_lines) + len(raw.body)
            continue
        fingerprints.add(key)
        result = structure(raw.body, {fingerprint(raw.title)}, wrapped, indent_opens)
        removed.update(kind for _, kind in result.removed)
        doc = make_document(raw, file, result.segments)
        clauses = make_clauses(doc, result.segments)
        metadata = {ln.no for ln in (*raw.title_lines, *raw.header_lines)}
        in_clause = Counter(ln.no for seg in result.segments for ln in seg.lines)
        accounted = set(in_clause) | {n for n, _ in (*raw.removed, *result.removed)} | metadata
        lost += [ln.no for ln in lines if ln.no not in accounted]
        doubled += [n for n, c in in_clause.items() if c > 1]
        n_metadata += len(metadata)
        n_documents += 1
        n_clauses += len(clauses)
        yield Part(doc, tuple(clauses), key)
    yield FileReport(
        file=file,
        encoding=encoding,
        lines=n_lines,
        documents=n_documents,
        clauses=n_clauses,
        removed=dict(sorted(removed.items())),
        metadata_lines=n_metadata,
        lost_lines=tuple(lost + doubled),
        duplicates=tuple(duplicates),
    )


def collect(parts: Iterable[Part | FileReport], seen_docs: frozenset[str] = frozenset()) -> Ingested:
    """A file's parts gathered into one result (the whole-file path)."""
    items = list(parts)
    report = items.pop()
    assert isinstance(report, FileReport)
    docs = [p for p in items if isinstance(p, Part)]
    keys = tuple(p.key for p in docs)
    return Ingested(tuple(p.document for p in docs), tuple(c for p in docs for c in p.clauses), report,
                    frozenset(seen_docs) | frozenset(keys), keys)


def ingest_text(
    text: str,
    file: str,
    encoding: str = "utf-8",
    seen_docs: frozenset[str] = frozenset(),
    wrapped: bool | None = None,
    indent_opens: bool = False,
) -> Ingested:
    lines = text.split("\n")
    return collect(ingest_parts(lines, file, encoding, seen_docs, wrapped, indent_opens, "\f" in text), seen_docs)


def write_parts(parts: Iterator[Part | FileReport], seen: set[str],
                add: Callable[[Sequence[Document], Sequence[Clause]], None]) -> FileReport:
    """Hand each new document of a streamed file to `add` as it comes; drop
    those another file already holds (as drop_seen does), and return the report."""
    dropped: list[tuple[str, int]] = []  # title and clause count of each document dropped
    for part in parts:
        if isinstance(part, FileReport):
            return dataclasses.replace(part, documents=part.documents - len(dropped),
                                       clauses=part.clauses - sum(n for _, n in dropped),
                                       duplicates=part.duplicates + tuple(t for t, _ in dropped))
        if part.key in seen:
            dropped.append((part.document.title, len(part.clauses)))
            continue
        seen.add(part.key)
        add([part.document], part.clauses)
    raise ValueError("a streamed file ended without its report")


def drop_seen(result: Ingested, seen: set[str]) -> Ingested:
    """Remove documents another file already holds (checked in file order)."""
    dup = {d.doc_id for d, k in zip(result.documents, result.doc_keys, strict=True) if k in seen}
    seen.update(result.doc_keys)
    if not dup:
        return result
    docs = tuple(d for d in result.documents if d.doc_id not in dup)
    clauses = tuple(c for c in result.clauses if c.doc_id not in dup)
    titles = tuple(d.title for d in result.documents if d.doc_id in dup)
    report = dataclasses.replace(result.report, documents=len(docs), clauses=len(clauses),
                                 duplicates=result.report.duplicates + titles)
    keys = tuple(k for d, k in zip(result.documents, result.doc_keys, strict=True) if d.doc_id not in dup)
    return Ingested(docs, clauses, report, result.fingerprints, keys)


def ingest_file(path: Path, name: str | None = None, seen_docs: frozenset[str] = frozenset()) -> Ingested:
    return collect(stream_file(path, name, seen_docs), seen_docs)


def stream_file(path: Path, name: str | None = None, seen_docs: frozenset[str] = frozenset(),
                on_bytes: Callable[[int], None] | None = None) -> Iterator[Part | FileReport]:
    """A file's parts, parsed lazily; the file is checked now, so that a bad
    file fails here. A text file is read line by line, never whole, and
    on_bytes hears how far the reading has got."""
    name = name or path.name
    if path.suffix.lower() in TEXT_SUFFIXES:
        source = open_text(path)
        return ingest_parts(source.lines(on_bytes), name, source.encoding, seen_docs, formfeeds=source.formfeeds)
    decoded = read_document(path)
    return ingest_parts(decoded.text.split("\n"), name, decoded.encoding, seen_docs, decoded.wrapped,
                        decoded.indent_opens, "\f" in decoded.text)
