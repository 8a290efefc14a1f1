"""Split a file's cleaned lines into documents.

A compilation (such as a 增刊 of policy documents) heads each document with its
title followed by 发布时间/来源/文件名称 lines; a file without such headers is
one document whose title is its first heading-like line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence

from bri_kb.ingest.cards import card_head, card_starts
from bri_kb.ingest.clean import Line
from bri_kb.ingest.compilations import afterword, compilation_cover
from bri_kb.ingest.contents import entry_titles, section_bars, unnumbered_title, with_titled_starts
from bri_kb.ingest.conventions import (
    ATTACHMENT_PAGE,
    CELL,
    DRAFT_STATE,
    INSTRUMENT,
)
from bri_kb.ingest.datelines import HEADER_LINES, Span, header_at, header_spans, parse_header
from bri_kb.ingest.extracts import as_extract
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.gongwen import body_parts, title_end
from bri_kb.ingest.marks import (
    MARK,
    TRANSCRIPT_SERIES,
    company_letterhead,
    doc_number_line,
    papers_mark,
    unstacked_rows,
)
from bri_kb.ingest.masthead import masthead
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.plain import plain_document
from bri_kb.ingest.raw import RawDocument
from bri_kb.ingest.records import RECORD_FIELD, record_row
from bri_kb.ingest.several import attachments_back, carries, further_documents
from bri_kb.ingest.standard import standard_cover
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.titles import (
    COLUMN_LABEL,
    MADE_NOTE,
    instructions_in_body,
    instructions_over_title,
    letterhead,
    numbered_title,
    tidy_title,
    title_text,
)

SECTION_LABEL = "section_label"
COMPILATION_TITLE = "compilation_title"  # a page's headline over the several documents it prints
EDITOR_NOTE = "editor_note"  # a compiler's note between a compilation's documents (编者按：…)
_EDITOR_NOTE = re.compile(r"^[\s\u3000]*[【\[]?编者(?:按|注)[】\]]?\s*[:：]")

def _compilation(lines: Sequence[Line], spans: Sequence[Span], titles: Sequence[str] = ()) -> list[tuple[RawDocument, int]]:
    """The documents of a compilation, each with the index of its first line
    (its section label, title or header; 0 for text before the first title); `titles`: those a 目录 names."""
    docs: list[tuple[RawDocument, int]] = []
    cover: tuple[tuple[int, str], ...] = ()
    grid: tuple[Line, ...] = ()  # a site's record grid over the first document (索引号｜…｜主题分类｜…): its header
    if spans and spans[0][0] - (1 if spans[0][3] else 0) > 0:
        pre = lines[: spans[0][0] - (1 if spans[0][3] else 0)]
        if all(record_row(x.text) is not None for x in pre):
            grid = tuple(pre)
        elif len(pre) == 1 and letterhead(pre[0], lines[spans[0][0]]) or len(pre) == 2 and TRANSCRIPT_SERIES.fullmatch(
                _flat(pre[1].text)) and MARK.fullmatch(_flat(pre[0].text)):
            # the document's issuer, over its title (taken into its metadata below); or over the series it prints its
            # transcripts in (福建省人民政府新闻办公室 / 新闻发布会文字实录)
            grid = tuple(pre)
        elif (first := single_document(pre)).body:
            # (several 公文 before the first page-headed one: a gazette's, its 解读 last with a 发布日期 line of its own)
            docs += _office_documents(pre, titles) if further_documents(pre) else [(first, 0)]
        else:  # only a page's headline over its documents (and the page's 来源 line): the compilation's name
            cover = tuple((x.no, COMPILATION_TITLE) for x in (*first.title_lines, *first.header_lines))
    for n, (start, h, end, section) in enumerate(spans):
        stop = len(lines)
        if n + 1 < len(spans):
            nxt_start, _, _, nxt_section = spans[n + 1]
            stop = nxt_start - (1 if nxt_section else 0)
        removed, cover = cover, ()
        if section:
            removed += ((lines[start - 1].no, SECTION_LABEL),)
        title_lines = tuple(lines[start:h])
        number = doc_number_line(title_lines[-1].text) if len(title_lines) > 1 else None
        number_line: tuple[Line, ...] = ()
        if number:  # (the 文号 line title_start took between the title and the 发布时间 line)
            number_line, title_lines = (title_lines[-1],), title_lines[:-1]
        elif len(title_lines) > 1 and MADE_NOTE.fullmatch(_flat(title_lines[-1].text)):
            number_line, title_lines = (title_lines[-1],), title_lines[:-1]  # (…实录 / （根据现场录音整理）: a note)
        if n == 0 and start == h and not grid:
            # (a saved page's dateline atop the text, the title under it, as a tax bureau's Q&A prints: 发布时间：…　来源：…
            # / 国家税务总局杭州市税务局 / 跨境电子商务出口退（免）税 / 政策问答): the document read from under it
            # (and the organ's name alone over the title, as its letterhead: no line of the title)
            top = end + int(end + 2 < stop and letterhead(lines[end], lines[end + 1], lines[end + 2 : end + 4]))
            own = single_document(lines[top:stop])
            docs.append((dataclasses.replace(own, header=parse_header(lines[h:end]) | own.header,
                                             header_lines=(*lines[h:top], *own.header_lines), removed=removed), h))
            continue
        # a document printed after this one's text with no header of its own (a page's 政策解读 under its policy)
        further = [end + k for k in further_documents(lines[end:stop])]
        on_top, grid = grid, ()
        doc = RawDocument(
            title=tidy_title(title_text([x.text for x in title_lines])),
            title_lines=title_lines,
            header={k: v for x in on_top for k, v in record_row(x.text) or () if k} | parse_header(lines[h:end])
            | ({"发文字号": number} if number else {}),
            header_lines=(*on_top, *number_line, *lines[h:end]),
            body=tuple(lines[end : further[0] if further else stop]),
            section=section,
            removed=removed,
        )
        issuer = {"issuer": _flat(on_top[0].text)} if on_top and record_row(on_top[0].text) is None else None
        docs.append((with_office_parts(doc, issuer), 0 if on_top else start - (1 if section else 0)))
        ends = [*further[1:], stop]
        docs += [(single_document(lines[a:b]), a) for a, b in zip(further, ends[: len(further)], strict=True)]
    return docs


def with_office_parts(doc: RawDocument, fields: dict[str, str] | None = None) -> RawDocument:
    """The document with its 公文 parts (主送, 附注, 版记, a carried
    document's title) taken out of the body into its metadata."""
    parts = body_parts(doc.title, doc.body, fields or {})
    office = dict(parts.fields)
    header = dict(doc.header)
    if "doc_number" in office:
        header.setdefault("发文字号", office["doc_number"])
    if "issued" in office:  # the note under a rule's title: （2020年7月1日…印发）
        # (on a page that gives the day it was put out, 发布日期：…, the note's day is the document's own)
        put_out = any(header.get(k) for k in ("发布时间", "发布日期", "日期"))
        header.setdefault("成文日期" if put_out else "发布时间", office.pop("issued"))
    if "dated" in office:  # a 纪要's day on the line of the office that edits it: its 成文日期
        header.setdefault("成文日期", office.pop("dated"))
    if "amended" in office:
        header.setdefault("修正日期", office.pop("amended"))
    if "in_force" in office:
        header.setdefault("施行日期", office.pop("in_force"))
    return dataclasses.replace(
        doc,
        title=tidy_title(office.pop("title", doc.title)),
        title_lines=tuple(sorted(doc.title_lines + parts.title_lines, key=lambda x: x.no)),
        header=header,
        header_lines=doc.header_lines + parts.metadata,
        body=parts.body,
        office=office,
        carried=parts.title_lines if parts.heads_part else (),
    )


def single_document(lines: Sequence[Line]) -> RawDocument:
    """A file holding one document: its title is the first heading-like line,
    or the first line under a 公文's 版头. (An attachment's number over it, 附件1, is no line of its title.)"""
    if unstacked := unstacked_rows(lines):
        lines = unstacked  # (a joint 公告's mark set as a table: 海关总署｜联合公告 / 国家税务总局｜联合公告)
    if (firm := company_letterhead(lines)) and any(
            names_genre(_flat("".join(x.text for x in lines[firm[0] : firm[0] + n]))) for n in (1, 2)):
        # (a company's letterhead over the letter it sends, its title under it: the company sends it)
        doc = single_document(lines[firm[0]:])
        return dataclasses.replace(doc, header_lines=(*lines[: firm[0]], *doc.header_lines),
                                   office={"issuer": firm[1], **doc.office})
    # (nor is a gazette's 栏目 over it, 【省政府文件】: the title under it is read whole)
    if len(lines) > 1 and (ATTACHMENT_PAGE.fullmatch(_flat(lines[0].text)) and not ATTACHMENT_PAGE.fullmatch(_flat(lines[1].text))
                           or COLUMN_LABEL.fullmatch(_flat(lines[0].text)) or papers_mark(lines[0].text)
                           or DRAFT_STATE.fullmatch(_flat(lines[0].text)) and len(lines) > 2):  # (附件1 / 清洁稿 / title)
        # (the papers' head down to the first paper's label: 会 议 材 料 / …推进大会 / …办公厅⇥2026年5月20日 / 材料一)
        label = 0
        if papers_mark(lines[0].text):
            label = next((k for k in range(2, min(5, len(lines) - 1)) if papers_mark(lines[k].text)
                          and all(len(_flat(x.text)) <= 40 and _flat(x.text)[-1:] not in "。；：" for x in lines[1:k])), 0)
        k = label + 1
        doc = single_document(lines[k:])
        return dataclasses.replace(doc, header_lines=(*lines[:k], *doc.header_lines))
    if card := card_head(lines):
        # A 惠企政策 booklet's card (【政策名称】… over its fields): the policy it sums up, named and dated by them.
        title, n, header = card
        return with_office_parts(RawDocument(title, tuple(lines[:1]), header, tuple(lines[1:n]), tuple(lines[n:])))
    if cover := standard_cover(lines):
        # A standard's cover (山东省地方标准 / DB37/T 4861—2025 / …规范 / …发布 …实施 / …发布): its metadata.
        n, fields = cover
        return with_office_parts(RawDocument(fields["title"], tuple(lines[:n]), {}, (), tuple(lines[n:])), fields)
    head = masthead(lines)
    if head.lines:
        # A 简报's head names it (its mark and number): the lines below are its body.
        if "title" in head.fields:
            start = end = head.lines
        else:  # (a leader's 批示 quoted between the head and the title of the report on it: the report's text)
            start = head.lines + instructions_over_title(lines, head.lines)
            end = title_end(lines, start) if start < len(lines) else start
        title_lines = tuple(lines[start:end])
        doc = RawDocument(tidy_title(title_text([x.text for x in title_lines])), title_lines, {},
                          tuple(lines[: head.lines]), instructions_in_body(lines[head.lines : start], lines[end:]))
        return with_office_parts(doc, head.fields)
    if n := numbered_title(lines):
        # A 标题 over lines (its organ, 关于…, …的通知) right above a line holding its 文号 alone; or an organ's name
        # in red over the 决定书 or 告知书 it issues to a party (its issuer, no line of the title).
        # (its title over lines, or opening with 关于: 义乌市商务局 / 关于换发《…》的告知书 / 义商务告〔2026〕11号)
        named = int((letterhead(lines[0], lines[1], lines[2:n]) or bool(MARK.fullmatch(_flat(lines[0].text)))
                     and _flat(lines[1].text).startswith("关于")) and bool(INSTRUMENT.search(_flat(lines[n - 1].text))))
        doc = RawDocument(tidy_title(title_text([x.text for x in lines[named:n]])), tuple(lines[named:n]),
                          {"来源": _flat(lines[0].text)} if named else {}, tuple(lines[:named]), tuple(lines[n:]))
        return with_office_parts(doc)
    return with_office_parts(plain_document(lines))



def split_documents(lines: Sequence[Line]) -> list[RawDocument]:
    return [doc for doc, _ in split_stream(lines)]


def split_stream(lines: Iterable[Line], contents: Sequence[str] = (),
                 bookmarks: Sequence[str] = ()) -> Iterator[tuple[RawDocument, Sequence[Line]]]:
    """split_documents over a stream of lines: each document with the lines it
    was made from, yielded as soon as the next document's header shows where it
    ends. Only the current document's lines are held. `contents`: the lines of a
    目录 the cleaning removed (read when the documents are split, as they come);
    `bookmarks`: the documents a merged PDF's bookmarks name, when it has no 目录."""
    buffer: list[Line] = []
    headers, last = 0, -1  # 发布时间 lines in the buffer; index of the last one
    for line in lines:
        buffer.append(line)
        if header_at(buffer, len(buffer) - 1):
            headers, last = headers + 1, len(buffer) - 1
        if headers >= 2 and len(buffer) - last > HEADER_LINES:
            docs = _compilation(buffer, header_spans(buffer))
            cut = docs[-1][1]
            yield from _with_lines(buffer[:cut], docs[:-1])
            buffer, headers, last = buffer[cut:], 1, last - cut
    if not buffer:
        return
    if headers:
        yield from _with_lines(buffer, _compilation(buffer, header_spans(buffer), entry_titles(contents)))
        return
    buffer, bars, after = section_bars(attachments_back(buffer), contents)
    docs = _office_documents(buffer, entry_titles(contents) or list(bookmarks), after)
    for bar in bars:
        n = next((k for k, (_, first) in enumerate(docs) if buffer[first].no > bar.no), len(docs) - 1)
        docs[n] = (dataclasses.replace(docs[n][0], removed=(*docs[n][0].removed, (bar.no, SECTION_LABEL))), docs[n][1])
    yield from _with_lines(buffer, docs)


def _office_documents(lines: Sequence[Line], titles: Sequence[str] = (),
                      under_bars: Sequence[int] = ()) -> list[tuple[RawDocument, int]]:
    """A file of one document, or of several 公文 printed one after another
    (gongwen.further_documents, the titles its 目录 names, or under a gazette's 栏目 bars), each with the index
    of its first line."""
    if g := _grid_on_top(lines):
        # A portal's record grid saved over the document (索引号｜…｜主题分类｜…, 标　题：｜…, 有 效 性：｜已废止): the first
        # document's header, not a document of its own.
        docs = _office_documents(lines[g:], titles, [k - g for k in under_bars if k >= g])
        first = docs[0][0]
        fields = {k: v for x in lines[:g] for k, v in _field_row(x.text) or () if k}
        first = dataclasses.replace(first, header=fields | first.header, header_lines=(*lines[:g], *first.header_lines))
        return [(first, 0), *((doc, a + g) for doc, a in docs[1:])]
    found = sorted({0, *further_documents(lines), *card_starts(lines)})
    # (a bar's document whose start was found just below it, at its 版头 or title, starts there)
    # (not a bar printed atop a page as its running head, the 栏目's name over the middle of a document: 第六章　附则 or
    # a 解读's next question under it starts nothing)
    found = sorted({*found, *(k for k in under_bars if not any(k < s <= k + 3 for s in found) and not _runs_on(lines, k))})
    starts = with_titled_starts(lines, found, titles)
    docs = [(single_document(lines[a:b]), a) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    docs = [(dataclasses.replace(doc, title=unnumbered_title(doc.title, titles)), a) for doc, a in docs]
    if len(docs) > 1 and compilation_cover(lines[: docs[1][1]]):
        # A compilation's cover over its documents (…政策汇编 / …办公室 编 / 二〇二五年六月): no document of its own;
        # its lines go with the first document, left out and counted.
        cover = tuple((x.no, COMPILATION_TITLE) for x in lines[: docs[1][1]])
        docs = [(dataclasses.replace(docs[1][0], removed=(*cover, *docs[1][0].removed)), 0), *docs[2:]]
    if titles and len(docs) > 1:
        # (a policy compilation's extracts, each named in quotes with the compiler's fields and notes around it)
        docs = [(as_extract(doc), a) for doc, a in docs]
    if titles:
        # A compiler's note closing a document, about the next one (编者按：现将…节选刊发，供参考。 over its title):
        # no part of either.
        for n in range(len(docs) - 1):
            start, stop = docs[n][1], docs[n + 1][1]
            note = next((k for k in range(max(start + 1, stop - 8), stop) if _EDITOR_NOTE.match(lines[k].text)), None)
            if note is not None:
                docs[n] = (_without_tail(lines[start:stop], note - start, EDITOR_NOTE, titles), start)
        # The compiler's afterword after the book's last document (编印说明, 后记, a gazette's 本刊启事): no part of it.
        if (end := afterword(lines[docs[-1][1] :])) is not None:
            docs[-1] = (_without_tail(lines[docs[-1][1] :], end, COMPILATION_TITLE, titles), docs[-1][1])
    first, last = docs[0][0], docs[-1][0]
    if (len(docs) > 1 and _IMPRINT.isdisjoint(first.office) and not _IMPRINT.isdisjoint(last.office)
            and re.search(r"转发|印发", first.title)):
        # One 版记 at the end of the file, the first document without one: a 转发 notice's, which carries
        # the documents after it (a gazette prints none; a 请示 and the 批复 after it, the 批复's).
        moved = {k: v for k, v in last.office.items() if k in _IMPRINT}
        docs[0] = (dataclasses.replace(first, office={**first.office, **moved}), 0)
        docs[-1] = (dataclasses.replace(last, office={k: v for k, v in last.office.items() if k not in _IMPRINT}),
                    docs[-1][1])
    return docs


# The portal's note under its grid on a document no longer in force (注：本文件已被《…》（…）宣布废止，仅供查阅。)
_PORTAL_NOTE = re.compile(r"注\s*[:：]\s*本(?:文件|文|通知|办法|政策)已[^。]{0,120}?(?:废止|失效)[^。]{0,20}。?")


def _field_row(text: str) -> list[tuple[str, str]] | None:
    """A record grid's row as record_row reads it, or its fields typed as `label：value` a line or a tab apart."""
    if CELL in text:
        return record_row(text)
    # (a field's value holds no other label: 索引号：… 主题分类：… apart by spaces only is a line the record's reader takes)
    fields = [RECORD_FIELD.match(part.strip()) for part in text.strip().split("\t") if part.strip()]
    pairs = [record_row(f"{m[1]}{CELL}{m[2]}") if m and not re.search(r"[:：]", m[2]) else None for m in fields]
    return [kv for p in pairs if p is not None for kv in p] if pairs and None not in pairs else None


def _grid_on_top(lines: Sequence[Line]) -> int:
    """How many lines at the top are a portal's record grid, two rows or more (and the portal's note under it); 0 if
    the text does not open with one."""
    g = 0
    while g < len(lines) and CELL in lines[g].text and record_row(lines[g].text) is not None:
        g += 1
    if not g:
        # (or a field a line, as a PDF prints the grid's two columns one after the other: 索 引 号：XM00115-…
        # / 发文机关：… / 主题分类：…; the 索引号 or 主题分类 among them marks the portal's record)
        rows: list[list[tuple[str, str]]] = []
        while g < len(lines) and (row := _field_row(lines[g].text)):
            rows.append(row)
            g += 1
        # (and the title under it, again, where the record gives one: an export's 标题 field is its only title)
        title = _flat(next((v for row in rows for k, v in row if k == "标题"), ""))
        if not any(re.sub(r"\s+", "", x.text).startswith(("索引号", "主题分类")) for x in lines[:g]) or title and not (
                g < len(lines) and title.startswith(_flat(lines[g].text)[:10])):
            g = 0
    if g < 2 or g >= len(lines) - 1:
        return 0
    # (the note wrapped over lines in a PDF)
    return g + next((k for k in (1, 2, 3) if g + k < len(lines) and _PORTAL_NOTE.fullmatch(
        _flat("".join(x.text for x in lines[g : g + k])))), 0)


def _without_tail(lines: Sequence[Line], cut: int, kind: str, titles: Sequence[str]) -> RawDocument:
    """A compiled document read from its lines up to `cut`; the lines after it go with it, left out and counted as
    `kind`."""
    doc = single_document(lines[:cut])
    return dataclasses.replace(doc, title=unnumbered_title(doc.title, titles),
                               removed=(*doc.removed, *((x.no, kind) for x in lines[cut:])))


def _runs_on(lines: Sequence[Line], k: int) -> bool:
    """Does lines[k], under a 栏目 bar, go on with the document before: a chapter's heading or an article (第六章, 第十七条),
    or a question, where a document's first line would be its title or its 版头?"""
    return k < len(lines) and k > 0 and bool(marker_of(lines[k].text) or _QUESTION.match(lines[k].text))


_QUESTION = re.compile(r"(?:[（(]?\d{1,3}[)）.．、]\s*)?问\s*\d{0,3}\s*[:：]")  # a 解读's question: 问：…, 问3：…


_IMPRINT = frozenset({"cc", "printed_by", "printed_date"})  # the 版记's fields
CARRIER_POST = "carrier_post"  # an article reprinting a 公文 (公众号, news site): its headline, lead and label


def _unwrapped(lines: Sequence[Line], docs: Sequence[tuple[RawDocument, int]]) -> list[tuple[RawDocument, int]]:
    """The documents without an article that only carries the 公文 after it (several.carries): its lines go with
    that 公文, left out and counted, not a document of its own."""
    posts = {n for n in range(len(docs) - 1)
             if carries(lines[docs[n][1] : docs[n + 1][1]], docs[n + 1][0].title, lines[docs[n + 1][1] :])}
    out: list[tuple[RawDocument, int]] = []
    for n, (doc, first) in enumerate(docs):
        if n - 1 in posts:
            start = docs[n - 1][1]
            # (the page's own header, 发布时间 and 来源 over the post, is the carried document's where it has none)
            doc = dataclasses.replace(doc, header={**docs[n - 1][0].header, **doc.header},
                                      removed=(*((x.no, CARRIER_POST) for x in lines[start:first]), *doc.removed))
            first = start
        if n not in posts:
            out.append((doc, first))
    return out


def _with_lines(lines: Sequence[Line], docs: Sequence[tuple[RawDocument, int]]) -> Iterator[tuple[RawDocument, Sequence[Line]]]:
    docs = _unwrapped(lines, docs)
    for n, (doc, first) in enumerate(docs):
        stop = docs[n + 1][1] if n + 1 < len(docs) else len(lines)
        yield doc, lines[first:stop]
