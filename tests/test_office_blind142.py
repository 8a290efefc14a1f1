"""PDFs printed several pages to a sheet — 2 up, a booklet's imposition, 4 up — made from ordinary 公文, written by
someone who had not read the reader (tests/data/office/blind142, made by make_blind142.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind142"


@pytest.mark.parametrize("name", ["blind142_xiamen", "blind142_erlian"])
def test_two_pages_to_a_sheet_read_as_the_pages(name: str) -> None:
    """Found right: two pages printed side by side on each sheet read as the plain PDF does, sentences run on across
    sheets."""
    plain = [(c.kind, c.text) for c in ingest_file(BLIND / f"{name}.pdf").clauses]
    assert [(c.kind, c.text) for c in ingest_file(BLIND / f"{name}_2up.pdf").clauses] == plain


@pytest.mark.parametrize("name", ["blind142_hlj_2up.pdf", "blind142_hlj_booklet.pdf", "blind142_hlj_4up.pdf"])
def test_two_page_numbers_side_by_side_are_furniture(name: str) -> None:
    """Regression: where two pages meet on a sheet their numbers stand on one line (—5— —6—): it was a clause."""
    assert not any(c.text.replace(" ", "") in ("—5——6—", "—3——6—", "—4——5—") or c.text.startswith("—")
                   for c in ingest_file(BLIND / name).clauses)
