"""A form left blank (申报表, 样表, 回执) as a document prints it: its rows hold field labels beside empty cells, what an
applicant fills in, no clause. Pure functions over paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.reflow import Paragraph


def blank_form(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The rows of forms left blank (申报表, 样表): runs of three rows or more, each but its empty rows holding only
    field labels beside empty cells (申报单位名称｜｜｜, 联系人｜｜联系电话｜, a field to tick, （盖章）　年　月　日), or
    a header alone over empty rows. What an applicant fills in is no clause; the rows are left out and counted."""
    out: list[Paragraph] = []
    run: list[Paragraph] = []
    for p in [*paragraphs, None]:
        if p is not None and CELL in p.text:
            run.append(p)
            continue
        filled = [r for r in run if r.text.replace(CELL, "").strip()]
        if len(run) >= 3 and filled and (all(_labels_only(r.text) for r in filled) or len(filled) == 1 and run[0] is filled[0]):
            # (a field to tick or a place to seal stays: what the form asks, 项目类别：□…, …初审意见：（盖章）年　月　日)
            out += [r for r in filled if not _TICKED_OR_SEALED.search(r.text)]
        run = []
    return out


def _labels_only(row: str) -> bool:
    """A form's row: some cell empty, the others labels (no figure, no sentence), a field to tick or a place to seal."""
    cells = [c.strip() for c in row.split(CELL)]
    filled = [re.sub(r"\s+", "", c) for c in cells if c]
    return (len(filled) < len(cells) or any(_SIGNED_FIELD.fullmatch(c) for c in filled)) and all(
        _SIGNED_FIELD.fullmatch(c) or "□" in c or "☐" in c or len(c) <= 16 and not re.search(r"[\d。；，]", c) for c in filled)


_TICKED_OR_SEALED = re.compile(r"[□☐]|[（(](?:盖章|签字|签章)[)）]")
_SIGNED_FIELD = re.compile(r"[（(]?(?:盖章|签字|签章)[)）]?(?:年月日)?")
