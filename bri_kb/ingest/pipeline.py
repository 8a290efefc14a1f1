"""read -> clean -> split -> structure -> enrich, for one file at a time.

A file's parse is a stream: its documents one at a time (each a Part with its
clauses), then its FileReport. The same stream is consumed whole (a worker
process returns it as a list) or lazily (a large text file, written away
document by document); write_parts is the one consumer either way.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bri_kb.errors import IngestError
from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.applicability import (
    assigned_articles,
    clause_scope,
    document_scope,
    inherited,
    row_applicability,
    row_notes,
)
from bri_kb.ingest.clean import BLOCK_LINES, MARGIN_LINES, Line, clean_blocks
from bri_kb.ingest.conventions import CELL, PAGE_BREAK
from bri_kb.ingest.copied import copies_experience
from bri_kb.ingest.document import make_document
from bri_kb.ingest.metadata import (
    regulations_in,
)
from bri_kb.ingest.outlined import bookmarked, outline_levels
from bri_kb.ingest.read import open_text
from bri_kb.ingest.readers import read_document, reader_for
from bri_kb.ingest.segment import Segment
from bri_kb.ingest.split import split_stream
from bri_kb.ingest.structure import structure
from bri_kb.ingest.table_of_contents import TABLE_OF_CONTENTS
from bri_kb.model import Clause, Document, Source
from bri_kb.vocabulary import Kind, squash

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
    # Pages whose reading order the PDF layout could not be sure of (columns
    # or cells that interleave): their clauses may hold scrambled text.
    uncertain_pages: tuple[int, ...] = ()
    textless_pages: tuple[int, ...] = ()  # pages with no text (a picture of a page): their content is not read
    pager: tuple[int, ...] = ()  # a web page that is one of several pages of its article: (this page, all pages)
    unsaved: tuple[str, ...] = ()  # the 附件 files a web page links that were not saved with it
    pictures: tuple[str, ...] = ()  # pictures in the text whose words were not read (附件1, or the file's name)
    converted: int = 0  # lines printed in traditional characters, read (and shown) in simplified ones




def _row_number(label: str) -> int:
    """第9项 -> 9; a row without a number (第3行) has none (0)."""
    m = re.fullmatch(r"第(\d+)项", label)
    return int(m.group(1)) if m else 0


def regulation_column(segments: Sequence[Segment]) -> str | None:
    """The column of a document's tables whose cells quote regulations (《…》)
    most often: the one whose rows say which provisions they adjust."""
    quoting = Counter(name for s in segments if s.kind == Kind.TABLE_ROW for name, cell in s.fields.items() if "《" in cell)
    return quoting.most_common(1)[0][0] if quoting else None


def make_clauses(doc: Document, segments: Sequence[Segment]) -> list[Clause]:
    """A document's segments as clauses, with ids, applicability and, for
    table rows, the regulations they adjust."""
    gaz = gazetteer()
    body = "\n".join(s.text for s in segments)
    # (where the whole document applies is said in its text, not in one row of its tables: a row's 试点区域)
    scope = document_scope(doc, "\n".join(s.text for s in segments if s.kind != Kind.TABLE_ROW), gaz)
    notes = row_notes([s.text for s in segments if s.kind == Kind.NOTE])
    assigned = assigned_articles(body, gaz)
    on = doc.signed or doc.published
    spread = copies_experience(doc.title)
    own = inherited(scope, [clause_scope(scope, seg.text, seg.label, seg.fields, assigned, gaz, on, spread)
                            for seg in segments],
                    segments, gaz)
    rows = [row_applicability(where, _row_number(seg.label), notes, gaz) if seg.kind == Kind.TABLE_ROW else where
            for seg, where in zip(segments, own, strict=True)]
    quoted = regulation_column(segments)
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
            applied_before=where.earlier,
            regulations=regulations_in(seg.fields.get(quoted, "")) if quoted and seg.kind == Kind.TABLE_ROW else (),
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
    wrapped: bool | None = None,
    indent_opens: bool | None = False,
    formfeeds: bool = False,
    block: int | None = BLOCK_LINES,
    margin: int = MARGIN_LINES,
    uncertain_pages: tuple[int, ...] = (),
    textless_pages: tuple[int, ...] = (),
    pager: tuple[int, ...] = (),
    unsaved: tuple[str, ...] = (),
    pictures: tuple[str, ...] = (),
    margins: tuple[str, ...] = (),
    left_out: tuple[tuple[str, int], ...] = (),
    outline: tuple[tuple[int, str], ...] = (),
    converted: int = 0,
) -> Iterator[Part | FileReport]:
    """The file's documents one at a time, then its report (last). Lines are
    read, cleaned (in blocks) and split lazily, so the parse holds a block of
    lines and the current document, whatever the size of the file; a caller
    that writes each part away holds one document's clauses."""
    n_lines = 0
    # The lines read and not yet cleaned (cleaning looks a block and a margin ahead), so that the 目录's
    # entries it removes can still give the titles of the documents a compilation holds.
    recent: dict[int, str] = {}
    contents: list[str] = []

    def counted() -> Iterator[str]:
        nonlocal n_lines
        for line in raw_lines:
            n_lines += 1
            recent[n_lines] = line
            yield line

    removed: Counter[str] = Counter(dict(left_out))
    n_converted = converted  # (lines the reader read in simplified characters, then those the cleaning did)

    def kept() -> Iterator[Line]:
        for item in clean_blocks(counted(), formfeeds, block, margin):
            number = item.no if isinstance(item, Line) else item[0]
            while recent and (first := next(iter(recent))) <= number:  # (lines come in order)
                text = recent.pop(first)
                if first == number and not isinstance(item, Line) and item[1] == TABLE_OF_CONTENTS:
                    contents.append(text)
            if isinstance(item, Line):
                nonlocal n_converted
                n_converted += item.converted
                yield item
            else:
                removed[item[1]] += 1

    n_documents = n_clauses = n_metadata = 0
    levels = outline_levels(outline)
    duplicates: list[str] = []
    lost: list[int] = []
    doubled: list[int] = []
    fingerprints: set[str] = set()
    before: Sequence[Line] = ()  # the document before's body lines
    previous: Document | None = None
    for raw, lines in split_stream(kept(), contents, bookmarked(outline)):
        removed.update(kind for _, kind in raw.removed)
        # (a table's cells as Word and a PDF part them may differ, an empty cell more or less: not its text)
        key = squash("".join(ln.text for ln in raw.body).replace(CELL, ""))
        if key in fingerprints or script_copy(raw.title, raw.body, before):
            duplicates.append(raw.title)
            removed[DUPLICATE_DOCUMENT] += len(raw.title_lines) + len(raw.header_lines) + len(raw.body)
            continue
        fingerprints.add(key)
        before = raw.body
        result = structure(raw.body, {squash(raw.title)}, wrapped, indent_opens, levels, raw.carried)
        removed.update(kind for _, kind in result.removed)
        # The page headers and footers speak for the file's first document (a compilation's name its own).
        doc = make_document(raw, file, result.segments, margins if not n_documents else (), previous)
        previous = doc
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
        uncertain_pages=uncertain_pages,
        textless_pages=textless_pages,
        pager=pager,
        unsaved=unsaved,
        pictures=pictures,
        converted=n_converted,
    )


# A copy of a document in the other script, printed after it (繁体中文版本, 繁體版; read in simplified characters)
_SCRIPT_COPY = re.compile(r"[（(]?(?:繁体|简体)(?:中文)?(?:版本|版|文本)[)）]?")


def script_copy(title: str, body: Sequence[Line], before: Sequence[Line]) -> bool:
    """Is a document, titled as a copy in the other script (繁体中文版本), the document before again: its lines
    (without spaces) nearly all that one's? (A copy's note, 以简体中文版本为准, is its own.)"""
    if not _SCRIPT_COPY.fullmatch(squash(title)):
        return False
    lines = {squash(ln.text) for ln in body}
    return len(lines & {squash(ln.text) for ln in before}) >= _COPIED * len(lines)


_COPIED = 0.6


def write_parts(parts: Iterable[Part | FileReport], seen: set[str],
                add: Callable[[Sequence[Document], Sequence[Clause]], None]) -> FileReport:
    """Hand each document of a file's parse to `add` as it comes, except those
    an earlier file already holds (their body keys are in `seen`), and return
    the file's report, counting the dropped ones as duplicates."""
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
    raise RuntimeError("a file's parse ended without its report")  # our bug, not the file's


@dataclass(frozen=True)
class Failed:
    """A file that could not be ingested, with the one-line reason."""

    file: str
    reason: str


def stream_file(path: Path, name: str | None = None,
                on_bytes: Callable[[int], None] | None = None) -> Iterator[Part | FileReport]:
    """A file's parts, parsed lazily, then its report. The file is checked
    and opened now, so that a bad file fails here (IngestError, OSError). A
    text file is read line by line, never whole, and on_bytes hears how far
    the reading has got; other formats are read whole by their reader."""
    name = name or path.name
    reader = reader_for(path)
    if reader.streams:
        source = open_text(path)
        return ingest_parts(source.lines(on_bytes), name, source.encoding, formfeeds=source.formfeeds)
    decoded = read_document(path)
    return ingest_parts(decoded.text.split("\n"), name, decoded.encoding, decoded.wrapped,
                        decoded.indent_opens, PAGE_BREAK in decoded.text, uncertain_pages=decoded.uncertain_pages,
                        textless_pages=decoded.textless_pages, margins=decoded.margins, left_out=decoded.left_out,
                        pager=decoded.pager, unsaved=decoded.unsaved, pictures=decoded.pictures,
                        outline=decoded.outline, converted=decoded.converted)


def parse_file(path: Path, name: str | None = None) -> list[Part | FileReport] | Failed:
    """A whole file's parse, or why it failed: what a worker process returns."""
    try:
        return list(stream_file(path, name))
    except (IngestError, UnicodeError, OSError) as exc:
        return Failed(name or path.name, str(exc))
