"""A compilation's header block over each of its documents: the 发布时间 (or 来源…发布时间)
line and the fields under it, and the span from a document's title to its header's end.

A compilation (such as a 增刊 of policy documents, or a site's page of several
documents) heads each document with its title followed by 发布时间/来源/文件名称
lines; these functions find those blocks and read their fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import FIRST_HEADER, HEADER_FIELDS, HEADER_LINE
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.titles import title_start

HEADER_LINES = 6  # a header block: 发布时间 and up to five more fields (a site record's 成文日期 and 发布部门 too)


_SOURCE_FIRST = re.compile(rf"来源\s*[:：]\s*\S[^:：]*?\s{FIRST_HEADER}\s*[:：]")


def header_at(lines: Sequence[Line], i: int) -> bool:
    """Whether line i opens a document's header block."""
    text = lines[i].text
    if not HEADER_LINE.match(text):
        return False
    # 发布时间 opens a compilation's document; so does 发布日期 right under a title that names its 文种
    # (a portal's page of several documents), not one of an office system's record fields.
    # (or a site's dateline that names the source first, 来源：厦门市商务局⇥发布时间：2026-03-18 16:40, where the file
    # prints two articles or more so: one alone is the page's own, read with its article)
    datelines = bool(_SOURCE_FIRST.match(text)) and sum(bool(_SOURCE_FIRST.match(x.text)) for x in lines) >= 2
    return text.startswith(FIRST_HEADER) or datelines or (text.startswith("发布日期") and i > 0 and names_genre(lines[i - 1].text)
                                                          and not HEADER_LINE.match(lines[i - 1].text))


def _is_section_label(line: Line) -> bool:
    text = line.text
    return len(text) <= 8 and not re.search(r"[\d\W_]", text) and (line.indented or line.after_gap)


def parse_header(lines: Sequence[Line]) -> dict[str, str]:
    """The header block's fields (发布时间, 来源, 文件名称 …) by name."""
    out: dict[str, str] = {}
    for ln in lines:
        # fields one a line, or several on one ("发布时间：2022-04-08　来源：甘肃省商务厅")
        # (信息来源： is the page's 来源: 发布时间：2026-01-15 16:20　　信息来源：青岛市人民政府新闻办公室)
        for part in re.split(rf"\s+(?=(?:信息)?(?:{'|'.join(HEADER_FIELDS)})\s*[:：])", ln.text.strip()):
            if m := HEADER_LINE.match(re.sub(r"^信息(?=来源\s*[:：])", "", part)):
                out[m.group(1)] = _COUNTER.sub("", m.group(2)).strip()
    return out


# The page's own fields after the document's on its dateline: a view counter, the font-size buttons.
_COUNTER = re.compile(r"\s*(?:浏览次数|阅读次数|访问量|点击数|浏览量|字号)\s*[:：].*$|\s*【?字体[:：].*$")

Span = tuple[int, int, int, str | None]  # title start, header, header end, section label


_FACT = re.compile(r"(?:文件名称|文\s*号|发布机关|解读机关|解读部门)\s*[:：]")


def header_spans(lines: Sequence[Line]) -> list[Span]:
    """Each document's title start, header line, header end and section label, in order."""
    headers = [i for i in range(len(lines)) if header_at(lines, i)]
    spans: list[Span] = []
    floor = 0
    for h in headers:
        # (a 解读's box of facts over its 发布时间, 文件名称：… / 文　　号：… / 解读机关：…, under its title: the header's)
        while h - 1 > floor and _FACT.match(lines[h - 1].text):
            h -= 1
        start = title_start(lines, h, floor)
        section = None
        if start - 1 >= floor and _is_section_label(lines[start - 1]):
            section = lines[start - 1].text
        end = h + 1
        while end < len(lines) and end - h < HEADER_LINES and (HEADER_LINE.match(lines[end].text) or _FACT.match(lines[end].text)):
            end += 1
        spans.append((start, h, end, section))
        floor = end
    return spans
