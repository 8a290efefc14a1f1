"""Line numbers (行号) a Word file prints in the margin beside each line, as a PDF's characters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

_GAP = 2.0  # points: the column stands at least this far left of the text
_FEWEST = 5  # numbers on a page before they are taken for a column of line numbers
_RISING = 0.8  # the share of steps down the column that count up by one
_VARIED = 0.15  # the share of numbered lines that start elsewhere than most (a paragraph's first line, indented)


def without_line_numbers(chars: list[dict[str, Any]],
                         edges: Sequence[dict[str, Any]] = ()) -> tuple[list[dict[str, Any]], bool]:
    """The page's characters without the column of line numbers in its left margin (1, 2, 3 … beside each line,
    right-aligned left of the text), and whether there was one. A number is taken only as part of such a column:
    figures left of all the page's other text, sharing one right edge, counting up by one down the page; not a ruled
    table's 序号 column (edges: the page's rules; one stands left of the numbers, down beside them)."""
    text_left = min((c["x0"] for c in chars if not c["text"].isspace() and not c["text"].isdecimal()), default=None)
    if text_left is None:
        return chars, False
    rows: list[list[dict[str, Any]]] = []
    for c in sorted((c for c in chars if c["text"].isdecimal() and c["x1"] <= text_left - _GAP), key=lambda c: c["top"]):
        if rows and c["top"] - rows[-1][0]["top"] < 0.5 * max(c["size"], 1.0):  # (a number's figures on one line)
            rows[-1].append(c)
        else:
            rows.append([c])
    numbers = [sorted(run, key=lambda c: c["x0"]) for run in rows]
    right = {round(run[-1]["x1"]) for run in numbers}
    if len(numbers) < _FEWEST or max(right) - min(right) > 1:
        return chars, False
    values = [int("".join(c["text"] for c in run)) for run in numbers]
    rising = sum(b == a + 1 for a, b in zip(values, values[1:], strict=False))
    if rising < _RISING * (len(values) - 1):
        return chars, False
    if not _beside_prose(numbers, chars) or _ruled_left(numbers, edges):
        return chars, False
    gone = {id(c) for run in numbers for c in run}
    return [c for c in chars if id(c) not in gone], True


def _beside_prose(numbers: list[list[dict[str, Any]]], chars: list[dict[str, Any]]) -> bool:
    """Do the numbers stand beside lines of prose, on their baselines: lines that start at more than one place (a
    paragraph's first line indented, the lines it wraps onto flush left; a heading centred)? A borderless table's
    序号 column stands beside rows whose next cell starts at one place."""
    starts: list[int] = []
    for run in numbers:
        base = run[-1]["bottom"]
        beside = [c["x0"] for c in chars if not c["text"].isspace() and c["x0"] > run[-1]["x1"]
                  and abs(c["bottom"] - base) <= 0.3 * c["size"]]
        if beside:
            starts.append(round(min(beside) / 2))
    if len(starts) < 3:  # (a blank line is numbered too: some numbers stand beside nothing)
        return False
    counts = sorted(Counter(starts).values(), reverse=True)
    return len(starts) - counts[0] >= _VARIED * len(starts)


def _ruled_left(numbers: list[list[dict[str, Any]]], edges: Sequence[dict[str, Any]]) -> bool:
    """Does a vertical rule stand left of the numbers, reaching down past the first and the last (a table's border,
    the numbers its 序号 column; a margin's line numbers have none beside them)?"""
    left = min(c["x0"] for run in numbers for c in run)
    first, last = numbers[0][0]["top"], numbers[-1][0]["bottom"]
    return any(e["orientation"] == "v" and e["x0"] < left and e["top"] <= first and e["bottom"] >= last for e in edges)
