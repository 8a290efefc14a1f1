"""Rows of a ruled table that a page break parts, put back together: the rest of a row the break cut joins
that row; a row of its own under cells merged down across the break takes those cells. Pure functions
over the rows' cell texts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.text import MID_WORD, join_wrapped

_MERGED_LONGEST = 40  # characters: a cell merged down a table names a category, an organ, a place


def continued_rows(previous: list[list[str]], rows: Sequence[list[str]],
                   own: Sequence[Sequence[bool]] = ()) -> list[list[str]]:
    """Rows that carry on a table from the page before. A first row with an
    empty first cell is the rest of the row the page break cut: its cells are
    appended to that row (already emitted), so only the remainder is returned.
    own: per row, the cells that are boxes of their own (a ruled table's): below the page's first row, such a
    blank cell is blank, not merged down from the page before."""
    rows = list(rows)
    top = True  # (rows[0] is the page's first row: a cell merged down across the break is a box of its own there)
    if rows and previous and not rows[0][0] and (_whole_under_merged(previous[-1], rows[0])
                                                 or _whole_of_one_kind(previous[-1], rows[0])) \
            and not _next_item_in_cell(previous, rows[0]):
        # A row of its own under cells merged down across the break (序号 3 and its 重点任务 over three measures):
        # it, and the rows under it with the same cells empty, take them.
        # (a later cell merged down with them, 牵头单位 shared by two measures, is carried on as well)
        last, lead = previous[-1], next(j for j, c in enumerate(rows[0]) if c)
        k = 0
        while k < len(rows) and not any(rows[k][:lead]) and any(rows[k][lead:]) and all(
                _may_take(own, k, j, top) for j in range(lead)):
            rows[k] = [*last[:lead], *rows[k][lead:]]
            k += 1
        return _merged_later(previous, rows, lead, own, top)
    if rows and previous and (not rows[0][0] and not _numbered_on(previous[-1], rows[0])
                              or _cut_in_numbered_cell(previous, rows[0]) or _cut_short(previous, rows[0])
                              or _first_cell_goes_on(previous, rows[0])):
        last, rest = previous[-1], rows[0]
        for i, cell in enumerate(rest):
            last[i] = join_wrapped([last[i], cell]) if cell and last[i] else (last[i] or cell)
        rows, own, top = rows[1:], own[1:], False
        if rows and own and not any(_TOTAL.fullmatch(c.strip()) for c in rows[0]):  # (a 合计 row takes none)
            # (under the rest of the row the break cut, joined back above, a blank cell the grid draws as part of the
            # box over it is a cell merged down across the break: 序号 8 and its 职权名称 over a second 子项; not one
            # right of all the row's text, part of a cell merged across, 九、教育 over the columns of a category's row)
            for j in range(min(len(rows[0]), len(own[0]), len(last))):
                if not rows[0][j] and last[j] and not own[0][j] and any(rows[0][j + 1:]):
                    _fill_down(rows, last, j, own, top)
        for i, cell in enumerate(rest):
            # (a cell merged down across the break and cut by it, 做强中 / 欧班列枢纽: the rows under it on this page
            # that its part here spans take the whole, 做强中欧班列枢纽)
            for row in rows:
                if not cell or last[i] == cell or len(row) <= i or row[i] != cell:
                    break
                row[i] = last[i]
    if rows and not rows[0][0] and previous and _numbered_on(previous[-1], rows[0]):
        # A new row of its own number (序号 9 after 8) under a first cell merged down across the page
        # break (片区): it, and the rows under it that the merged cell spans, take that cell (also
        # after the rest of a row the break cut was joined back above).
        last = previous[-1]
        k = 0
        while k < len(rows) and not rows[k][0] and _numbered_on(last, rows[k]) and _may_take(own, k, 0, top):
            rows[k] = [last[0], *rows[k][1:]]
            k += 1
        return rows
    if rows and previous and _numbered_on([""] + previous[-1], [""] + rows[0]):
        # A later column's cell merged down across the page break (序号 13 | (empty: 领域 carried on) | 措施).
        return _merged_later(previous, rows, 1, own, top)
    return rows


def _may_take(own: Sequence[Sequence[bool]], k: int, j: int, top: bool) -> bool:
    """May row k's blank cell j take the text of a cell merged down from above: it is the page's first row, or no box
    of its own (or the table's boxes are not known)?"""
    return k == 0 and top or k >= len(own) or j >= len(own[k]) or not own[k][j]


def _merged_later(previous: Sequence[Sequence[str]], rows: list[list[str]], first: int,
                  own: Sequence[Sequence[bool]] = (), top: bool = True) -> list[list[str]]:
    """The rows atop the new page with the cells merged down across the break in the columns from `first` on:
    a column that holds text further down this page, empty at its top, carries the last row's value there."""
    last = previous[-1]
    for j in range(first, min(len(last), len(rows[0]))):
        # (a cell as long as a whole article, 修改后：第七条 …, is no category merged down: a row's own text)
        # (and only where the column holds text further down this page, or in every row above: a 片区 merged down
        # to the table's end, blank on the page the break carried it to)
        if rows[0][j] or not last[j] or len(last[j]) > _MERGED_LONGEST or not (
                any(len(r) > j and r[j] for r in rows[1:])
                or all(len(r) > j and r[j] for r in previous) and not any(_TOTAL.fullmatch(c.strip()) for c in rows[0])):
            continue  # (a 合计 row atop the page spans the columns it leaves blank: nothing carried into it)
        if any(len(r) > j and not r[j] and any(c.strip().isdigit() for c in r) for r in previous):
            continue  # a column blank in numbered rows above (备注) is blank here too, not a merged cell carried on
        _fill_down(rows, last, j, own, top)
    return rows


def _fill_down(rows: Sequence[list[str]], last: Sequence[str], column: int,
               own: Sequence[Sequence[bool]] = (), top: bool = True) -> None:
    """The column's empty cells atop the rows, down to its first text or a blank box of its own, take the last row's
    text there."""
    for k, row in enumerate(rows):
        if row[column] or not _may_take(own, k, column, top):
            break
        row[column] = last[column]


def carried_down(rows: Sequence[list[str]], last: Sequence[str], columns: Sequence[int]) -> list[list[str]]:
    """The rows atop a new page with the cells that the table's last row on the page before spans down into them
    (columns: where a grid found its first rows under a cell merged down across the break, centred.py): each
    such column's empty cells, down to its first text, take the last row's text there. Rows so filled are whole
    rows of their own, not the rest of the row the break cut."""
    out = [list(r) for r in rows]
    for k in columns:
        if k < len(last):
            _fill_down(out, last, k)
    return out


# a question, item or article numbered inside its cell: 5.海外仓认定…, 第十二条　…, （三）…
_NUMBERED_CELL = re.compile(r"\d{1,3}\s*[.．、]|第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十\d]{1,3}[)）]")


def _cut_in_numbered_cell(previous: Sequence[Sequence[str]], row: Sequence[str]) -> bool:
    """Is `row`, atop the new page, the rest of the last row the break cut, in a table whose
    first cells open with their number (5.海外仓认定和班列运 / 费补贴申报材料能否线上提交？)?
    The last first cell opens with a number and ends mid-sentence, this one opens with none."""
    numbered = [r[0] for r in previous if r and _NUMBERED_CELL.match(r[0])]
    last = previous[-1][0] if previous[-1] else ""
    return (len(numbered) >= 2 and bool(_NUMBERED_CELL.match(last)) and bool(row[0])
            and not _NUMBERED_CELL.match(row[0]) and last.rstrip()[-1:] not in "。？！?!；;：:")


def _cut_short(previous: Sequence[Sequence[str]], row: Sequence[str]) -> bool:
    """Is `row`, atop the new page, the rest of the last row the break cut though its first cell holds text (自治区本 /
    级, a name the break parted)? It leaves empty a column that every row above fills (an amount, a unit: a whole
    row would hold its own), fills two cells or more, each under a filled cell of the last row, and no number
    (a 合计 row atop the page holds its sum)."""
    last = previous[-1]
    filled = [n for n, c in enumerate(row) if c]
    full = [n for n in range(len(row)) if len(previous) >= 2 and all(len(r) > n and r[n] for r in previous)]
    return (bool(row[0]) and len(filled) >= 2 and all(n < len(last) and last[n] for n in filled)
            and any(not row[n] for n in full) and not any(_NUMBER.fullmatch(row[n].strip()) for n in filled))


def _first_cell_goes_on(previous: Sequence[Sequence[str]], row: Sequence[str]) -> bool:
    """Is `row`, atop the new page, the rest of the last row's first cell alone (跨境电子商务企 / 业和行业协会), every
    other cell empty in a table whose rows above fill them all? The last first cell ends no sentence, and this one opens
    no item of its own nor a 合计."""
    last = previous[-1]
    return (len(row) >= 2 and bool(row[0]) and not any(c.strip() for c in row[1:]) and len(row[0]) <= 30
            and len(last) == len(row) and bool(MID_WORD.search(last[0].rstrip()))
            and all(len(r) == len(row) and all(c.strip() for c in r) for r in previous[-3:])
            and not _OPENS_ITEM.match(row[0]) and not _TOTAL.search(row[0]))


# (an item's number, or a category's letter: J金融业)
_OPENS_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[A-Z](?=[\u4e00-\u9fff]))")
_NUMBER = re.compile(r"[\d,，.．%\s]+")
_TOTAL = re.compile(r"[合总小]\s*计")


def _next_item_in_cell(previous: Sequence[Sequence[str]], row: Sequence[str]) -> bool:
    """Is `row`, atop the new page, the rest of the last row the break cut between two items of one cell (1.国内水上
    运输公司… / 2.在…片区注册的…), though each ends its sentence: the table numbers every row of its own, no 序号 shared
    by the rows above, and one of the row's cells goes on with the next item's number after the last row's?"""
    numbers = [r[0].strip() for r in previous if r and r[0].strip().isdigit()]  # (not a category's row: 四、交通运输…)
    if len(numbers) < 3 or not previous[-1][0].strip().isdigit() or len(set(numbers)) < len(numbers):
        return False
    for above, below in zip(previous[-1], row, strict=False):
        first, then = _ITEM_NO.match(above.strip()), _ITEM_NO.match(below.strip())
        if first and then and int(then.group(1)) == int(first.group(1)) + 1 and not _ITEM_NO.search(above.strip(), first.end()):
            return True
    return False


_ITEM_NO = re.compile(r"(\d{1,2})[.．、](?!\d)")


def _whole_under_merged(last: Sequence[str], row: Sequence[str]) -> bool:
    """Is the row atop the new page whole, not the rest of the last one the break cut: its leading cells empty
    (merged down from above), its last cell filled as the last row's is, and every cell it shares with that row
    finished there (a sentence's end, or a short value: 2025年6月底前) and opening afresh here?"""
    if not last or not row or not row[-1] or not last[-1]:
        return False
    shared = [(a, b) for a, b in zip(last, row, strict=False) if a and b]
    if not shared:
        return False
    # (the longest text, a measure's, ends its sentence on both sides of the break: a cell the break cut would not)
    text, below = max(shared, key=lambda p: len(p[0]))
    return (text.strip()[-1:] in "。；！？" and below.strip()[-1:] in "。；！？"
            and all(_finished(a) and b[0] not in "，、；。）)" for a, b in shared))


def _whole_of_one_kind(last: Sequence[str], row: Sequence[str]) -> bool:
    """Is the row atop the new page whole, its leading cells merged down from above: it fills every cell after them,
    the last row fills all its own, and one column holds a whole value in both, of one kind (上午 over 下午, √ over
    √)? (The rest of a cut row leaves such a cell blank, or finishes a word: 持续推 / 进; amounts are not trusted: a
    date or a figure a break parts reads as two, 2022.1. / 24.)"""
    lead = next((j for j, c in enumerate(row) if c.strip()), len(row))
    return (0 < lead < len(row) - 1 and len(last) == len(row) and all(c.strip() for c in row[lead:])
            and all(c.strip() for c in last) and any(_parallel(last[j].strip(), row[j].strip()) for j in range(lead, len(row))))


_DAY_PART = re.compile(r"上午|下午|晚上|全天")
_UNIT_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}")
_HOURS = re.compile(r"\d{1,2}[:：]\d{2}\s*[—\-－–~～至]{1,2}\s*\d{1,2}[:：]\d{2}")  # (a session's hours, 09:00—12:00)


def _parallel(above: str, below: str) -> bool:
    """Are two cells of a column whole values of one kind, which no break cuts: parts of a day, hours, one unit, or one
    mark?"""
    return (len(above) <= 2 and above == below and not above.isalnum()
            or above == below and bool(_UNIT_WORD.fullmatch(above))  # (one unit in both, 车次 over 车次)
            or bool(_DAY_PART.fullmatch(above) and _DAY_PART.fullmatch(below))
            or bool(_HOURS.fullmatch(above) and _HOURS.fullmatch(below)))


def _finished(cell: str) -> bool:
    text = cell.strip()
    return text[-1:] in "。；！？）)" or len(text) <= 16 and text[-1:] not in "，、（(“"


def _numbered_on(last: Sequence[str], row: Sequence[str]) -> bool:
    """Does the row carry a later number than the last row in a column where both hold one (序号)?"""
    return any(a.strip().isdigit() and b.strip().isdigit() and int(b) > int(a)
               for a, b in zip(last[1:], row[1:], strict=False))
