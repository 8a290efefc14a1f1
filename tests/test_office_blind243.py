"""Word files as they come back from review rounds inside an office (tests/data/office/blind243, made by
make_blind243.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind243"


def test_a_line_stopping_short_of_quoted_codes_runs_on() -> None:
    """Regression (PDF): LibreOffice ended a line early (…推广跨境电) because the next word, 商“9610”“9710”“9810”“1210”监,
    could not be broken and did not fit; the short line ended the item and its rest was a paragraph of its own."""
    parsed = ingest_file(BLIND / "blind243_chongqing_shishiyijian.pdf")
    (item,) = [c for c in parsed.clauses if c.text.startswith("7.加快跨境电商发展")]
    assert "推广跨境电商“9610”“9710”“9810”“1210”监管模式" in item.text and item.text.endswith("突破600亿元。")
    assert not [c for c in parsed.clauses if c.text.startswith("商“9610”")]
