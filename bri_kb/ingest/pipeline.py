"""read -> clean -> split -> structure -> enrich, for one file at a time.

A file's parse is a stream: its documents one at a time (each a Part with its
clauses), then its FileReport. The same stream is consumed whole (a worker
process returns it as a list) or lazily (a large text file, written away
document by document); write_parts is the one consumer either way.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bri_kb.errors import IngestError
from bri_kb.gazetteer import NATIONAL, gazetteer
from bri_kb.ingest.applicability import (
    answered_place,
    assigned_articles,
    clause_scope,
    document_scope,
    inherited,
    row_applicability,
    row_notes,
)
from bri_kb.ingest.clean import BLOCK_LINES, MARGIN_LINES, TABLE_OF_CONTENTS, Line, clean_blocks
from bri_kb.ingest.conventions import ATTACHMENT_PAGE, CELL, PAGE_BREAK
from bri_kb.ingest.gongwen import wrapper_issuers
from bri_kb.ingest.metadata import (
    attachments_of,
    dates_of,
    doc_number_of,
    dominant_place,
    iso_date,
    issuers_of,
    level_and_region,
    margin_facts,
    organs_alone,
    placed_organ,
    regulations_in,
    source_organ,
)
from bri_kb.ingest.outlined import bookmarked, outline_levels
from bri_kb.ingest.raw import RawDocument
from bri_kb.ingest.read import open_text
from bri_kb.ingest.readers import read_document, reader_for
from bri_kb.ingest.relations import changes_of, repealed_rows, repeals_of
from bri_kb.ingest.segment import Segment
from bri_kb.ingest.split import split_stream
from bri_kb.ingest.structure import structure
from bri_kb.ingest.titles import COMPILATION
from bri_kb.model import OFFICE_FIELDS, Clause, Document, Source
from bri_kb.vocabulary import DocNumber, Kind, draft_of, parse_doc_number, squash

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




# A document that tells of a policy: a 解读, a press conference's transcript, a 吹风会's 新闻稿, 答记者问
_HELD = re.compile(r"实录|新闻发布会|吹风会")  # a transcript of what was said on one day
_EXPLAINS = re.compile(r"解读|读懂|图解|实录|新闻发布会|吹风会|答记者问|新闻稿")
_REVIEWS = re.compile(r"(?:审查|审核|评估)意见(?:书)?$")


def _short(organ: str) -> str:
    return organ.replace("人民政府", "政府")


_NUMBERED_NOTICE = re.compile(r"((?:(?!关于).){4,60}?公告)[（(]((19\d{2}|20\d{2})年第(\d{1,4})号)[)）]")
_NUMBERED_ABOUT = re.compile(r"(.{2,60}?关于.{4,120}公告)[（(]((?:19|20)\d{2})年第(\d{1,4})号[)）]")


def stable_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def make_document(raw: RawDocument, file: str, segments: Sequence[Segment],
                  margins: Sequence[str] = (), before: Document | None = None) -> Document:
    """The document's metadata from its parts; `margins`: what its pages print in
    their headers and footers, which give a 文号 or a date the text lacks; `before`:
    the file's document before it (a draft names no drafter: the notice that asks
    comments on it, printed before it, is the drafter's)."""
    gaz = gazetteer()
    body = [ln.text for ln in raw.body]
    in_margins, margin_day = margin_facts(margins)
    number = doc_number_of(raw.header, raw.title, body) or in_margins
    issuers = tuple(raw.office["issuer"].split()) if "issuer" in raw.office else issuers_of(raw.title, body)
    mark = raw.office.get("issuing_mark", "")
    if mark.endswith("文件") or not issuers and organs_alone(mark):  # (a letter's mark: the organ's name alone)
        organs = tuple(filter(None, (x.removesuffix("文件") for x in mark.split())))  # the organs' names + 文件
        # A title that names its organ short (省商务厅关于…) under a mark that names it in full (江苏省商务厅文件).
        # (市政府办公室 under 连云港市人民政府办公室: an office names its government short, without 人民)
        issuers = tuple(next((o for o in organs if _short(o).endswith(_short(i))), i) for i in issuers) or organs
        if "".join(issuers) == "".join(organs):  # a title wrapped between two organs' names: 财政部 / 海关总署
            issuers = organs
    elif (organs_alone(mark) and issuers == (cut := mark[-len(issuers[0]):],) and not gaz.mentions(cut)
          and mark[: -len(cut)] != "中华人民共和国"):  # (商务部办公厅 under 中华人民共和国商务部办公厅: the same)
        issuers = (mark,)  # (a signature wrapped in a narrow column, its last line the name's tail: 片区管理委员会)
    if not issuers and (department := raw.header.get("发布部门", "")):  # a legal database's export: 【发布部门】
        issuers = tuple(x for x in re.split(r"[\s、，,；;]+", department) if x)
    # (a page that names no organ in its text: the organ its 来源 names, a 解读's office; without the other name it goes
    # by, in brackets after it: …合作区管理局（…前海蛇口片区管理委员会）)
    if not issuers and (source := source_organ(raw.header.get("来源", ""))):
        issuers = (source,)
    if not issuers and _AGREEMENT.search(raw.title):  # an agreement's parties: 甲方：湖南省商务厅 / 乙方：…
        issuers = tuple(dict.fromkeys(m.group(2) for x in body if (m := _PARTY.match(x))))[:4]
    if not issuers and before is not None and draft_of(raw.title) and "征求意见" in before.title:
        issuers = before.issuers
    if wrapper := raw.office.get("wrapper"):  # a regulation a 公告 or 令 carried: that one's organs issue it
        issuers = wrapper_issuers(wrapper) or issuers
    level, region = level_and_region(raw.title, issuers, number, gaz)
    if region == NATIONAL and (asked := answered_place(raw.title, raw.office.get("addressees", ""), gaz)):
        region = asked  # (the State Council's 复函 to 广西壮族自治区人民政府 rules in 广西)
    if not region:
        region = dominant_place(raw.title + "\n" + "\n".join(body), gaz)
    if explains := bool(_EXPLAINS.search(raw.title) or _REVIEWS.search(raw.title)):
        issuers = tuple(placed_organ(i, region) for i in issuers)  # (a 解读's 省发展改革委: 安徽省发展改革委)
    # (a table's cells are what it lists, not the document's own dates: a listed policy's 自…起施行)
    dates = dates_of(raw.header, [x for x in body if CELL not in x],
                     [s.text for s in segments if s.kind == Kind.SIGNATURE and CELL in "".join(ln.text for ln in s.lines)])
    if (amended := raw.header.get("修正日期")) and not dates.signed:  # a text republished as last amended
        dates = dataclasses.replace(dates, published=amended)
    # (a 解读 or a press conference's transcript quotes the dates and changes of what it tells of, a review those of
    # the draft it reviews; neither has any of its own)
    if explains:
        dates = dataclasses.replace(dates, effective=None, expires=None)
    carrier = raw.office.get("wrapper", "")
    if number is None and len(wrapper_issuers(carrier)) == 1 and (carried := parse_doc_number(carrier)):
        number = carried  # 海关总署公告 / 2024年第63号 over its text: the 公告's number (not a joint one's)
    title = raw.title
    if number is None and (own := _NUMBERED_NOTICE.fullmatch(raw.title)):
        # An organ's 公告 titled by its mark and numbered under it (…片区管理委员会公告 / 2024年第5号): that is its number.
        number = DocNumber(own.group(1) + own.group(2), own.group(1), int(own.group(3)), own.group(4))
    elif number is None and len(issuers) == 1 and (about := _NUMBERED_ABOUT.fullmatch(raw.title)):
        # …titled by what it announces, its number under that title (长沙市商务局关于…的公告 / 2025年第2号): the
        # organ's 公告 of that number, and the title as printed.
        title, year, serial = about.group(1), about.group(2), about.group(3)
        number = DocNumber(f"{issuers[0]}公告{year}年第{serial}号", f"{issuers[0]}公告", int(year), serial)
    if (not dates.published and not dates.signed and _HELD.search(raw.title)
            and (held := re.search(r"^\s*时\s*间\s*[:：]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)",
                               "\n".join(body), re.M))):
        dates = dataclasses.replace(dates, signed=iso_date(held.group(1)))  # (a transcript's day: 时间：2024年9月12日…)
    if dates.published and dates.signed and dates.published < dates.signed:
        # (a meeting's adoption note under the title, （2024年4月12日…主任办公会议审议通过）, over a 公文 signed later:
        # made public when signed, not before)
        dates = dataclasses.replace(dates, published=dates.signed)
    if margin_day and not dates.published:
        dates = dataclasses.replace(dates, published=margin_day)
    if number is None and (issue := _ISSUE_NO.fullmatch(raw.header.get("发文字号", ""))) and dates.published:
        # A 纪要's or 简报's number is its issue of the year (第23期), the year the one its 版头 dates it in.
        year = int(issue.group(1) or dates.published[:4])
        number = DocNumber(f"第{issue.group(2)}期", "", year, issue.group(2))
    return Document(
        doc_id=stable_id(file, raw.title, str(raw.line_start)),
        title=title or Path(file).stem,
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
        # (an attachment's own 附件说明, 附件：1-1.…, names its attachments, not the document's)
        attachments=attachments_of([s.text for s in segments if not (s.path and ATTACHMENT_PAGE.match(s.path[0]))]),
        repeals=() if explains else tuple(dict.fromkeys(repeals_of("\n".join(body))
                                    + repealed_rows([(s.path, s.text) for s in segments if s.kind == Kind.TABLE_ROW],
                                                  raw.title))),
        # (a compilation's 编印说明 or a 解读 tells of the changes and repeals a document makes; it makes none)
        changes=() if COMPILATION.search(_EDITION.sub("", raw.title)) or explains else changes_of(
            "".join(x for x in body if CELL not in x), [s.text for s in segments if s.kind == Kind.TABLE_ROW],
            dates.effective or dates.signed or dates.published),
        changed_by=(),  # (the knowledge base's writer links changes across documents)
        **{k: v for k, v in raw.office.items() if k in OFFICE_FIELDS},
    )


_EDITION = re.compile(r"[（(][^（）()]{1,12}[)）]$")  # …汇编（第三辑）
_AGREEMENT = re.compile(r"协议|备忘录|合同|意向书|议定书")
_PARTY = re.compile(r"^\s*([甲乙丙丁])方\s*[:：]\s*([\u4e00-\u9fff（）()]{4,40}?)\s*(?:[（(]\s*(?:盖章|签章)\s*[)）])?\s*$")
_ISSUE_NO = re.compile(r"(?:((?:19|20)\d{2})年)?第(\d{1,4})期(?:[（(]总第\d{1,5}期[)）])?")


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
    own = inherited(scope, [clause_scope(scope, seg.text, seg.label, seg.fields, assigned, gaz) for seg in segments],
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
    indent_opens: bool = False,
    formfeeds: bool = False,
    block: int | None = BLOCK_LINES,
    margin: int = MARGIN_LINES,
    uncertain_pages: tuple[int, ...] = (),
    textless_pages: tuple[int, ...] = (),
    margins: tuple[str, ...] = (),
    left_out: tuple[tuple[str, int], ...] = (),
    outline: tuple[tuple[int, str], ...] = (),
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

    def kept() -> Iterator[Line]:
        for item in clean_blocks(counted(), formfeeds, block, margin):
            number = item.no if isinstance(item, Line) else item[0]
            while recent and (first := next(iter(recent))) <= number:  # (lines come in order)
                text = recent.pop(first)
                if first == number and not isinstance(item, Line) and item[1] == TABLE_OF_CONTENTS:
                    contents.append(text)
            if isinstance(item, Line):
                yield item
            else:
                removed[item[1]] += 1

    n_documents = n_clauses = n_metadata = 0
    levels = outline_levels(outline)
    duplicates: list[str] = []
    lost: list[int] = []
    doubled: list[int] = []
    fingerprints: set[str] = set()
    previous: Document | None = None
    for raw, lines in split_stream(kept(), contents, bookmarked(outline)):
        removed.update(kind for _, kind in raw.removed)
        # (a table's cells as Word and a PDF part them may differ, an empty cell more or less: not its text)
        key = squash("".join(ln.text for ln in raw.body).replace(CELL, ""))
        if key in fingerprints:
            duplicates.append(raw.title)
            removed[DUPLICATE_DOCUMENT] += len(raw.title_lines) + len(raw.header_lines) + len(raw.body)
            continue
        fingerprints.add(key)
        result = structure(raw.body, {squash(raw.title)}, wrapped, indent_opens, levels)
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
    )


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
                        outline=decoded.outline)


def parse_file(path: Path, name: str | None = None) -> list[Part | FileReport] | Failed:
    """A whole file's parse, or why it failed: what a worker process returns."""
    try:
        return list(stream_file(path, name))
    except (IngestError, UnicodeError, OSError) as exc:
        return Failed(name or path.name, str(exc))
