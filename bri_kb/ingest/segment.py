"""A clause before ids and metadata are attached (Segment), and the labels
that make each of a document's clauses its own (qualify_repeats)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import ATTACHMENT_PAGE
from bri_kb.ingest.numbering import marker_of
from bri_kb.vocabulary import Kind, squash


@dataclass(frozen=True)
class Segment:
    """A clause before ids and metadata are attached."""

    label: str
    kind: Kind
    path: tuple[str, ...]
    text: str
    lines: tuple[Line, ...]
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Structured:
    segments: tuple[Segment, ...]
    removed: tuple[tuple[int, str], ...]


def qualify_repeats(segments: Sequence[Segment]) -> list[Segment]:
    """Labels that name one clause each. A paragraph that continues an item
    carries the item's label, a table of contents repeats the chapters, and the
    same marker can open items under two headings. The clause that has the
    content keeps the plain label (the chapter with articles under it, not its
    line in the 目录); the others are qualified: by their place in the item
    (（七）第2段), as a line of the 目录 (目录·第一章), by the nearest numbered
    heading above them (三、（七）), or else by their occurrence (第2处)."""
    contents: list[bool] = []  # whether each segment is a line of the 目录 (its label, or a heading right under it)
    for seg in segments:
        contents.append(squash(seg.text) == "目录" or bool(contents) and contents[-1] and seg.kind == Kind.HEADING)
    keeper: dict[str, int] = {}
    for n, seg in enumerate(segments):
        if seg.kind == Kind.TABLE_HEADER:
            continue
        # (a chapter's line in the 目录 with its 节 under it has "content" too: the chapter itself comes later)
        key = _same(seg.label)
        # (the text's own 三、 keeps its label before an attachment's 三、, which is the one qualified)
        if key not in keeper or (seg.kind == Kind.HEADING and _has_content(segments, n) and (
                not _has_content(segments, keeper[key]) or contents[keeper[key]] and not contents[n])
                and not (_appended(seg) and not _appended(segments[keeper[key]]))):
            keeper[key] = n
    out: list[Segment] = []
    used = set(keeper)
    item, run = "", 1  # the (qualified) label of the item a run of its paragraphs continues
    for n, seg in enumerate(segments):
        label = seg.label
        in_contents = contents[n]
        # (a figure's caption or a note between two paragraphs of one item does not end the item's run)
        before = next((segments[m] for m in range(n - 1, -1, -1) if not _aside(segments[m])), None)
        boxed = before is not None and _BOX.fullmatch(item) is not None and before.path == seg.path
        continues = before is not None and (before.label == label or boxed) and seg.kind in (Kind.PARAGRAPH, Kind.SIGNATURE)
        if seg.kind == Kind.TABLE_HEADER or (keeper.get(_same(label)) == n and not continues):
            out.append(seg)
            if not _aside(seg):
                # (a heading's paragraphs are counted from the first under it: 一、 / 一、第1段; an item's own text is its first)
                item, run = seg.label, 0 if seg.kind == Kind.HEADING else 1
            continue
        if continues:  # the item's (or the signature's) further paragraph
            run += 1
            label = f"{item}第{run}段"
        elif in_contents and seg.kind == Kind.HEADING:
            label = f"目录·{label}"
        else:
            # (a decimal number holds its parents': 1.2.1 is never qualified as 1.21.2.1)
            above = [m[1] for h in reversed(seg.path) if (m := marker_of(h)) and m[1] != label
                     and not label.startswith(f"{m[1]}.")]
            label = next((q for m in above if _same(q := _qualified(m, label)) not in used), "")
            k = 2
            while not label or _same(label) in used:
                label, k = f"{seg.label}第{k}处", k + 1
        while _same(label) in used:  # a qualified label that is itself taken
            label += "′"
        used.add(_same(label))
        if not continues and not _aside(seg):
            item, run = label, 0 if seg.kind == Kind.HEADING else 1
        out.append(Segment(label, seg.kind, seg.path, seg.text, seg.lines, seg.fields))
    return out


def _appended(seg: Segment) -> bool:
    """Is a segment part of what the document appends (under its 附件1 heading)?"""
    return bool(seg.path) and ATTACHMENT_PAGE.match(seg.path[0]) is not None


def _same(label: str) -> str:
    """A label as a reader looking it up types it: (1) and （1） are one label (query.labels folds them alike)."""
    return unicodedata.normalize("NFKC", label)


def _qualified(above: str, label: str) -> str:
    """A label qualified by the marker above it: （七） under 三、 is 三、（七）; a figure after a figure is set
    apart (1) under 步骤2 is 步骤2·1), not 步骤21))."""
    digits = "0123456789"
    return f"{above}·{label}" if above[-1:] in digits and label[:1] in digits and label else f"{above}{label}"


_BOX = re.compile(r"专栏\d{0,2}")  # a plan's box: the paragraphs under its title are its entries
_FIGURE = re.compile(r"图\d{0,2}")


def _aside(seg: Segment) -> bool:
    """A note or a figure's caption: set between a text's paragraphs, no part of their run."""
    return seg.kind == Kind.NOTE or seg.kind == Kind.HEADING and _FIGURE.fullmatch(seg.label) is not None


def _has_content(segments: Sequence[Segment], n: int) -> bool:
    """Whether a heading has clauses under it (the next clause's path holds it)."""
    return n + 1 < len(segments) and segments[n].text in segments[n + 1].path
