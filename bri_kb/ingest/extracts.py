"""A policy compilation's extracts (惠企政策汇编): each policy named in quotes, numbered as the 目录 numbers it, its 文号
and a note that it is excerpted after the title (1．《…若干措施》（节选） / （渝商务规〔2025〕4号）), the compiler's fields
for it under the title (发文机关：…　成文日期：…, or a grid of them), and the compiler's notes after its text
(【政策来源】…, 【适用对象】…, 政策咨询：…). What the compiler wrote is the extract's metadata or left out, never its
clauses. Pure functions over a document the splitter cut out."""

from __future__ import annotations

import dataclasses
import re

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.raw import RawDocument
from bri_kb.ingest.records import NEXT_FIELD, RECORD_FIELD, RECORD_KEYS, record_row
from bri_kb.vocabulary import parse_doc_number

COMPILER_NOTE = "compiler_note"  # the compiler's note on an extract: where the policy comes from, whom to ask
_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.．、]\s*")
_EXCERPT = re.compile(r"\s*[（(](?:节选|摘录|摘编|摘要)[)）]\s*$")
_QUOTED = re.compile(r"《([^《》]+)》\s*(?:[（(]([^（）()]{4,30})[)）])?")
_NOTE = re.compile(r"^\s*(?:【(?:政策来源|政策解释|适用对象|政策咨询|咨询电话|来源|解释)】|(?:政策咨询|咨询电话)\s*[:：])")
_PART = re.compile(r"[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,12}")  # (a compilation's part: 二、贸易便利)


def as_extract(doc: RawDocument) -> RawDocument:
    """The document as a compilation's extract, when its title names a policy in quotes (《…》); any other as it is."""
    title = _EXCERPT.sub("", _NUMBERED.sub("", doc.title))
    m = _QUOTED.fullmatch(title.strip())
    if not m:
        return doc
    header = dict(doc.header)
    if m.group(2) and (number := parse_doc_number(m.group(2))) and number.text == m.group(2):
        header.setdefault("发文字号", number.text)
    body = list(doc.body)
    header_lines = list(doc.header_lines)
    while body and (fields := _fields(body[0])) is not None:
        header.update({k: v for k, v in fields if k and k not in header})
        header_lines.append(body.pop(0))
    # (from the first note among its last lines, no item after it: a note may wrap, 【适用对象】…。【政策咨询】… / 023-…;
    # the compilation's next part may follow, 二、贸易便利)
    end = next((k for k in range(max(0, len(body) - 6), len(body)) if _NOTE.match(body[k].text)
                and all(marker_of(x.text) is None or _PART.fullmatch(x.text.strip()) for x in body[k + 1:])), len(body))
    removed = (*doc.removed, *((x.no, COMPILER_NOTE) for x in body[end:]))
    return dataclasses.replace(doc, title=m.group(1).strip(), header=header, header_lines=tuple(header_lines),
                               body=tuple(body[:end]), removed=removed)


def _fields(line: Line) -> list[tuple[str, str]] | None:
    """The compiler's fields on a line under an extract's title (发文机关：…　　成文日期：…, or a grid's row 发文机关｜…｜有效性｜…),
    as the header names them; the note （节选） alone counts as a line of them; None if the line is none."""
    text = line.text.strip()
    if _EXCERPT.fullmatch(text):
        return []
    if CELL in text:
        return record_row(text)
    words = text.split()
    if len(words) >= 2 and len(words) % 2 == 0 and all(RECORD_KEYS.get(w) is not None for w in words[::2]):
        return [(RECORD_KEYS[w], v) for w, v in zip(words[::2], words[1::2], strict=True)]  # (a grid a PDF read as words)
    out = []
    for part in NEXT_FIELD.split(text):
        f = RECORD_FIELD.match(part.strip())
        if not f or (key := RECORD_KEYS.get(re.sub(r"\s+", "", f.group(1)))) is None:
            return None
        out.append((key, f.group(2).strip()))
    return out or None
