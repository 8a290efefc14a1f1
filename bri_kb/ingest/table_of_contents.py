"""A 目录's lines as a file is cleaned: its heading, its entries (a title, dot
leaders or a tab, a page number) and the lines of an entry wrapped above its
number. (contents.py reads the titles the entries name.)"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bri_kb.ingest.cleaners import strip_line, tab_cells
from bri_kb.ingest.conventions import CELL, PAGE_REF
from bri_kb.ingest.genre import names_genre

TABLE_OF_CONTENTS = "table_of_contents"  # 目录 and its entries (title … page number)
# A 目录 entry: a title, then dot leaders or a tab (Word's TOC), then its page number.
# (a merged file's 目录 gives each document's pages: ……3—7)
_TOC_ENTRY = re.compile(rf"^\S.{{0,}}?(?:\t\s*(?:\d{{1,4}}|[IVXivx]{{1,4}}|[（(]\d{{1,4}}[)）])|(?:[.…·．•]{{4,}}|…{{2,}})\s*"
                        rf"{PAGE_REF}?)(?:\s*【[^】]{{2,16}}】)?$")
# (a gazette's page in brackets, ……（3）, and the next 栏目 a two-column 目录 sets on the same line)

_HEADINGS = ("目录", "目次")  # (目次: a standard's, GB/T 1.1)
_LEADER_CELL = re.compile(rf"\s*{CELL}?\s*([.…·．•]{{4,}})\s*{CELL}?\s*")
# (…条例｜1: a title, its page in the cell beside it; a gazette's in brackets, …的通知｜（2）)
_CELL_ENTRY = re.compile(rf"[^{CELL}]{{4,120}}{CELL}\s*(?:\d{{1,4}}|[（(]\d{{1,4}}[)）])")
_PAGE_ALONE = re.compile(r"[（(]\d{1,4}[)）]")
_PACKED_ENTRY = re.compile(r"[）)》][\s.…·．]{0,6}\d{1,3}$")  # (or a leader of a few dots: …21 号）...2, 号）. 3)


def table_of_contents(raw: Sequence[str], kinds: list[str | None]) -> None:
    """Mark a 目录: its entries (title … page number), the lines of an entry
    wrapped above its page number (up to three, after the previous entry or
    the 目录 heading), and that heading."""
    last: int | None = None  # the previous entry, or the 目录 heading
    headed = False  # the entries run on from a 目录 heading
    for i, line in enumerate(raw):
        if last is not None and i - last > 4:
            headed = False
        if kinds[i] is not None:
            continue
        # (a PDF's 目录 read as a table's first column, its other cells empty: 目｜录, …的决定……289｜)
        if re.sub(rf"[\s{CELL}]+", "", line) in _HEADINGS:
            last, headed = i, True
            continue
        # Judged on the line as it is kept (ends stripped, a tab-separated row's tabs as cells), so that
        # cleaning the kept lines again finds the same entries.
        kept = tab_cells(strip_line(line)).rstrip(CELL)
        # (its dot leaders in a cell of their own, between tabs, or the page number in the cell after them: 前言⇥……⇥II)
        kept = _LEADER_CELL.sub(r"\1", kept)
        # (an entry that filled its line leaves little room for dot leaders: …（湖南省商务厅公告2024年第6号）3, among entries;
        # and a 目录 set as a borderless table, title｜page, under its heading: …条例｜1, 二、政府规章｜)
        # (or, in a PDF of a 目录 set as a table, the page alone between an entry's wrapped lines: …第三批改革 / （2） /
        # 试点经验的通知; the last entry's end under it is the 目录's too)
        paged = headed and last is not None and i - last <= 4 and bool(_PAGE_ALONE.fullmatch(kept.strip()))
        if not (_TOC_ENTRY.match(kept) and not _quotes_in_cells(kept) or last is not None and i - last <= 4 and (
                _PACKED_ENTRY.search(kept) or headed and _CELL_ENTRY.fullmatch(kept)) or paged):
            continue
        kinds[i] = TABLE_OF_CONTENTS
        if paged and i + 1 < len(raw) and kinds[i + 1] is None and _ends_under_page(raw, i):
            kinds[i + 1] = TABLE_OF_CONTENTS
        if last is not None and i - last <= 5:
            for j in range(last, i):
                if kinds[j] is None:
                    kinds[j] = TABLE_OF_CONTENTS
        last = i
    _not_paged(raw, kinds)


def _ends_under_page(raw: Sequence[str], i: int) -> bool:
    """Does the line under a page alone (raw[i]) end the entry begun over it (…第三批改革 / （2） / 试点经验的通知): a
    short end that names its 文种, under a start that names none? (An entry that ends over its page, …的函………… /
    （18）, wraps onto no line: the line under it is the next thing's.)"""
    before, after = strip_line(raw[i - 1]), strip_line(raw[i + 1])
    return (names_genre(after) and len(after) <= 30 and not names_genre(before)
            and not before.endswith(("…", ".", "·", "．")))


def _quotes_in_cells(kept: str) -> bool:
    """Is the line a table's row of two cells or more that ends in an ellipsis and no page number (…｜第十八条　自贸试验区
    依托西部陆海新通道……｜第十九条　…通道……: a 更正启事's rows quoting the text they correct)? No 目录 entry."""
    return sum(1 for cell in kept.split(CELL) if cell.strip()) >= 2 and kept.rstrip().endswith(("…", "."))


def _not_paged(raw: Sequence[str], kinds: list[str | None]) -> None:
    """A run of entries with no 目录 over it whose numbers go down (经开区⇥3 / 郑东新区⇥3 / 航空港区⇥2: a list of counts
    set on a tab or dot leaders) is no 目录: page numbers never go down. Its lines are kept."""
    marked = [i for i, k in enumerate(kinds) if k == TABLE_OF_CONTENTS]
    runs: list[list[int]] = []
    for i in marked:
        if runs and i - runs[-1][-1] <= 5:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        numbers = [int(m.group(1)) for i in run if (m := _LAST_NUMBER.search(raw[i]))]
        if not any(re.sub(r"\s+", "", raw[i]) in _HEADINGS for i in run) and any(b < a for a, b in pairwise(numbers)):
            for i in run:
                kinds[i] = None


_LAST_NUMBER = re.compile(r"(\d{1,4})\s*$")
