"""Word structures offices' templates produce (automatic multilevel numbering, a frame table, a TOC field, a 回执)
— written by someone who had not read the reader (tests/data/office/blind277, made by make_blind277.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind277"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_title_broken_before_its_years_keeps_them(suffix: str) -> None:
    """Regression (Word): a 方案's title set with Shift+Enter before its years, …三年行动方案 / （2024—2026年）, under a
    red 版头 lost them, and （2024—2026年） was a clause of its own."""
    parsed = ingest_file(BLIND / f"blind277_yueyang_fangan{suffix}")
    (doc,) = parsed.documents
    assert doc.title == "中国（湖南）自由贸易试验区岳阳片区深度融入共建“一带一路”三年行动方案（2024—2026年）"
    assert not any(c.text == "（2024—2026年）" for c in parsed.clauses)


def test_a_telephone_number_a_wrap_cut_at_its_hyphen_is_one_number() -> None:
    """Regression (PDF): 电话：0871- / 63110245； — LibreOffice wrapped the number at its hyphen, the line stopping
    short, and the number's second half opened a clause of its own."""
    clauses = ingest_file(BLIND / "blind277_yunnan_tongzhi.pdf").clauses
    assert any("电话：0871-63110245；" in c.text for c in clauses)
    assert not any(c.text.startswith("63110245") for c in clauses)
