"""Documents of the 粤港澳 zones — a 横琴 办法 with a 繁體 article, a 前海 申报通知, a 南沙 若干措施, a 深圳 转发 notice
(tests/data/office/blind212, made by make_blind212.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind212"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_addressees_ending_with_a_bracketed_office(suffix: str) -> None:
    """Regression: a 主送 line ending …管委会各局（办）： was not taken for one, so it was the text's first paragraph."""
    parsed = ingest_file(BLIND / f"blind212_nansha_cuoshi.{suffix}")
    (doc,) = parsed.documents
    assert doc.addressees is not None and doc.addressees.endswith("南沙开发区（自贸区南沙片区）管委会各局（办）")
    assert not any(c.text.endswith("各局（办）：") for c in parsed.clauses)
