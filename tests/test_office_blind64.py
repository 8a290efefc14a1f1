"""Figures, formulas and units as subsidy rules print them, by someone who had not read
the reader (tests/data/office/blind64, made by make_blind64.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind64"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_place_the_scope_sentence_excepts_is_no_place_it_applies(suffix: str) -> None:
    """Regression: 本细则适用于在金华市行政区域内（义乌市除外）… made every clause apply to 金华市 and 义乌市."""
    parsed = ingest_file(BLIND / f"blind64_jinhua_yunfeibuzhu.{suffix}")
    assert {c.applies_to for c in parsed.clauses} == {("金华市",)}


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_formulas_and_units_come_through_as_printed(suffix: str) -> None:
    """Held: formula lines, ≥/≤, 三成, 百分之五十 and m² as printed."""
    text = "\n".join(c.text for c in ingest_file(BLIND / f"blind64_jinhua_yunfeibuzhu.{suffix}").clauses)
    for printed in ("×", "≥", "三成", "百分之五十", "m²", "补贴标准（元/标箱）"):
        assert printed in text, printed
