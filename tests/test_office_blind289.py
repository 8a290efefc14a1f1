"""Government web pages printed to PDF with Chromium (its header and footer, a table across pages, a sidebar) —
written by someone who had not read the reader (tests/data/office/blind289, made by make_blind289.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA


@pytest.mark.parametrize("path", ["blind289/blind289_kunming_banfa.pdf", "blind142/blind142_xiamen_4up.pdf"])
def test_a_title_and_the_addressees_under_it_are_not_one_paragraph(path: str) -> None:
    """Regression: a PDF's title ending with its 文种 (…的通知), then the 主送 line under it not set off as a block
    (片区各部门，各街道办事处，各有关企业：), read as one paragraph: …的通知片区各部门，…"""
    clauses = ingest_file(DATA / "office" / path).clauses
    assert not any("的通知各" in c.text or "的通知片区" in c.text for c in clauses)
