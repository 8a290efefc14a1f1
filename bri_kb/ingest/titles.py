"""A document's title over lines: a title wrapped onto a second or third line,
its edition or draft status under it, and the title printed again over the
body. Pure functions over lines (split.py finds where titles stand)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import CELL, HEADER_LINE
from bri_kb.ingest.gongwen import breaks_at_list, names_genre
from bri_kb.ingest.marks import MARK, doc_number_line
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.text import display_width, join_wrapped
from bri_kb.ingest.text import flat as _flat
from bri_kb.vocabulary import NOTE

TERMINAL = "。；！？：，、"  # what ends a sentence or a clause: no title line ends so


_LABELLED = re.compile(r"[\u4e00-\u9fff]{1,5}\s*[:：]")  # a line that opens with a field's label (说明：, 时间：)


def title_runs_on(first: str, second: str) -> bool:
    """Does a title's first line carry on into the second: a 《 left open, or a
    文种 that only the two together end with (中国（黑龙江）…绥芬河片区 / 对俄…实施细则)."""
    if (len(second) > 40 or second[-1] in TERMINAL or marker_of(second) or CELL in second or HEADER_LINE.match(second)
            or "。" in second):
        return False
    # (a title broken after a 、 of its own list runs on: …关于公布继续有效、修改、 / 废止的…目录的通知)
    ends = first[-1] not in TERMINAL or breaks_at_list(second, first)
    return first.count("《") > first.count("》") or ((names_genre(second) or bool(COMPILATION.search(second)))
                                                     and not names_genre(first) and ends)


def genre_lines(first: str, rest: list[Line], most: int = 4) -> int:
    """How many of the lines under a first title line carry the title on to the 文种 it ends
    with, as Word users break a long title into paragraphs (陕西省商务厅 / 与…州政府 / 关于…的 /
    合作备忘录): each short, ending no sentence and opening no item; 0 when none does."""
    if names_genre(first):
        return 0
    for k, line in enumerate(rest[:most], 1):
        text = line.text
        if (len(text) > 40 or text[-1] in TERMINAL or marker_of(text) or CELL in text or HEADER_LINE.match(text)
                or "。" in text or _LABELLED.match(text)):  # (a note under the title: 说明：本表根据…编制。)
            return 0
        joined = join_wrapped([first, *(x.text for x in rest[:k])])
        if names_genre(joined) and joined.count("《") <= joined.count("》"):  # (not inside a quoted title)
            return k
    return 0


def title_wraps_twice(first: Line, second: Line, third: Line) -> bool:
    """A title set large on a cover, wrapped over three lines mid-word on one page
    (昆明市支持中国（云南）自由贸易试验 / 区昆明片区…发展实 / 施细则): only the three
    together end with its 文种, and the middle line reads as a title's."""
    middle = second.text
    if len({first.page, second.page, third.page}) > 1 or len(middle) > 40 or middle[-1] in TERMINAL:
        return False
    if marker_of(middle) or CELL in middle or HEADER_LINE.match(middle) or names_genre(middle) or _LABELLED.match(middle):
        return False
    return title_runs_on(first.text + middle, third.text) and not names_genre(first.text)


def title_again(title: str, rest: list[Line]) -> list[Line]:
    """The title printed again over the body, wrapped at other places than on the
    cover (two or three lines that join into it): taken out of `rest` and returned."""
    for n in (2, 3):
        if len(rest) >= n and join_wrapped([x.text for x in rest[:n]]) == title:
            again = rest[:n]
            del rest[:n]
            return again
    return []


COMPILATION = re.compile(r"(?:汇编|选编|摘编)$")  # a booklet of documents, named on its cover
# A title's edition on a line under it: （2024年上半年）, （2024年版）, （试行）; not a 文号 or a date.
EDITION = re.compile(r"[（(][^（）()〔〕\[\]号月日]{1,12}[)）]")
# a draft's status, or the day a list stands as of (（截至2024年6月30日）), under its title
DRAFT = re.compile(r"[（(](?:征求意见稿|送审稿|草案|修订草案|讨论稿|代拟稿|修订稿|试行|暂行|截至[^（）()]{4,16})[)）]")


_SPACED_OUT = re.compile(r"(?:[\u4e00-\u9fff][\s\u3000]+){1,5}[\u4e00-\u9fff]")


def tidy_title(title: str) -> str:
    """Remove the spaces PDF extraction puts around numbers inside a title."""
    title = re.sub(r"\s+(?=[\d（(）)年—\-－])|(?<=[\d（(—\-－])\s+", "", title)
    if _SPACED_OUT.fullmatch(title.strip()):
        title = re.sub(r"\s+", "", title)  # a title spaced out to the line's width: 通　　知
    return title.strip()


def letterhead(line: Line, title: Line) -> bool:
    """An organ's name alone over a title that does not go on with 关于 (…片区管理委员会 / 外商投资企业设立登记办事指南):
    the 办事指南 or 问答 an office prints under its name, with no 文件 and no 文号: its issuer, no line of its title."""
    head, below = _flat(line.text), _flat(title.text)
    return bool(MARK.match(head)) and not head.endswith("文件") and "关于" not in head + below[:3] and names_genre(below)


_FIELDS = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]")  # a labelled field (填报人：, 联系电话：)
_HEADER_TITLE_LINES = 4  # the lines a title over a 发布时间 line may take


def title_start(lines: Sequence[Line], header: int, floor: int) -> int:
    """Walk back from a 发布时间 line over the (wrapped) title above it.

    A wrapped title's lines do not grow wider as it goes down, end without
    sentence punctuation, and its first line opens a new block on the page.
    """
    start = header
    numbered = header - 1 >= floor and doc_number_line(lines[header - 1].text) is not None
    if numbered:
        start -= 1  # a 文号 on a line of its own between the title and the 发布时间 line: the title is above it
    while start - 1 >= floor and header - start < _HEADER_TITLE_LINES + numbered:
        cand, below = lines[start - 1], lines[start]
        if start < header - numbered:
            if below.indented or below.after_gap:
                break
            # A wrapped title does not widen as it goes down (2 columns of slack).
            if display_width(cand.text) < display_width(below.text) - 4:
                break
        if (cand.text[-1] in TERMINAL or HEADER_LINE.match(cand.text) or CELL in cand.text
                or len(_FIELDS.findall(cand.text)) > 1 or NOTE.match(cand.text)):
            break  # (a table's row, the last of the document before, is no line of a title; nor its 填报人：…, nor its 注：…)
        if letterhead(cand, below):
            break
        start -= 1
    return start
