"""A table copied out of a PDF into plain text, its columns set apart by spaces (序号  重点任务  牵头单位 …
over rows 1 开通… 省商务厅 2024年9月底前): its rows as the readers' table rows. Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import CELL

_HEADER_CELL = re.compile(r"[\u4e00-\u9fff（）()/／]{2,10}")


def spaced_rows(lines: Sequence[str]) -> dict[int, str]:
    """The lines (by index, each stripped) of such tables, cells joined by CELL: a header line of three cells
    or more that opens with 序号, and under it (blank lines aside) the rows numbered 1, 2, 3 … that split into as
    many cells. A table row's cell holds no space in Chinese text, so spaces are where its columns part."""
    out: dict[int, str] = {}
    for h, line in enumerate(lines):
        header = line.split()
        if len(header) < 3 or header[0] != "序号" or not all(_HEADER_CELL.fullmatch(c) for c in header):
            continue
        rows: dict[int, str] = {}
        for i in range(h + 1, len(lines)):
            cells = lines[i].split()
            if not cells:
                continue
            if len(cells) != len(header) or cells[0] != str(len(rows) + 1):
                break
            rows[i] = CELL.join(cells)
        if len(rows) >= 2:
            out |= {h: CELL.join(header), **rows}
    return out
