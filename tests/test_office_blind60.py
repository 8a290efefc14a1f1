"""Hainan Free Trade Port documents, by someone who had not read the reader
(tests/data/office/blind60, made by make_blind60.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind60"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_legislatures_announcement_over_its_regulation(suffix: str) -> None:
    """Held: the 公告 (第31号) names the regulation it carries, read as one document."""
    parsed = ingest_file(BLIND / f"blind60_hainan_guiding.{suffix}")
    (doc,) = parsed.documents
    assert doc.title.startswith("海南自由贸易港重点园区") and doc.wrapper == "海南省人民代表大会常务委员会公告（第31号）"
    assert (doc.level, doc.region, doc.effective) == ("provincial", "海南省", "2024-12-01")
    assert [c.label for c in parsed.clauses if c.kind.value == "article"][-1] == "第十二条"
