"""An item set with a hanging indent in a PDF: its number flush with the margin, its wrapped lines indented under its
text, as Word's list styles set a numbered list (1. 推动… / 　　跨境电商… / 　　行…。). Readers mark where a block opens by
its indent, so the item's wrapped lines would each open a paragraph. Pure functions over a page's lines."""

from __future__ import annotations

from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import SPACED_LABEL
from bri_kb.ingest.numbering import marker_of


def hangs(lines: Sequence[Line], widths: Sequence[int], i: int) -> bool:
    """Does line i, of an item set with a hanging indent (its number flush, its wrapped lines indented under its text:
    1. 推动中欧（厦门）班列开通至中亚的 / 　　跨境电商定制专列，…), stop at the margin mid-sentence, the item going on
    indented under it?"""
    def full(j: int) -> bool:  # (an indented line is full short of the margin by its indent, which its text lacks)
        return full_line(widths, j, 4 if lines[j].indented else 0)

    nxt = lines[i + 1]
    if (not nxt.indented or marker_of(nxt.text) is not None or lines[i].text.rstrip()[-1:] in "。！？；：" or not full(i)
            or SPACED_LABEL.match(nxt.text.strip())):  # (开　本：, a field of its own)
        return False
    k = i
    while k > max(-1, i - 8) and lines[k].indented and full(k):
        k -= 1  # (back over the item's wrapped lines, each to the margin, to its first)
    return k >= 0 and not lines[k].indented and marker_of(lines[k].text) is not None and all(
        lines[j].text.rstrip()[-1:] not in "。！？；" and full(j) for j in range(k, i + 1))


def full_line(widths: Sequence[int], i: int, indent: int = 0) -> bool:
    """Does line i (its width and, set short of the margin, its indent) run (nearly) as wide as the widest of its
    neighbours?"""
    near = widths[max(0, i - 6) : i + 8]
    return bool(near) and widths[i] + indent >= max(near) - max(6, max(near) // 8)
