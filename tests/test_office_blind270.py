"""Policy documents as analysts save them in Markdown and plain text — written by someone who had not read the reader
(tests/data/office/blind270, made by make_blind270.py). The two Markdown files are read by the Markdown reader (tests/test_markdown.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind270"


def test_a_paragraphs_first_line_short_by_its_figures_goes_on() -> None:
    """Regression: a text copied from a PDF, hard-wrapped every 30 characters: 　　到2026年，全市跨境电商交易额突破1500亿元，
    年均增 / 长10%以上；… (the first line short of the width by its half-width figures) was cut mid-word into two clauses."""
    clauses = ingest_file(BLIND / "blind270_zhengzhou_fangan.txt").clauses
    goal = next(c.text for c in clauses if "年均增" in c.text)
    assert "年均增长10%以上" in goal
    assert not any(c.text.startswith("长10%以上") for c in clauses)
