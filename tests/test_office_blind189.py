"""The most ordinary documents of south and south-west China offices — a 珠海市人民政府 通知, a 重庆 joint 实施细则, a 贵阳综合
保税区 工作要点 and a 北海市人民政府办公室 批复 (tests/data/office/blind189, made by make_blind189.py by someone who had not read
the reader): read right in Word and PDF alike (what the round found is in docs/quality.md)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind189"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_reply_to_a_districts_government_applies_in_that_district(suffix: str) -> None:
    """(the 批复 answers 铁山港区人民政府: it rules there, not in all 北海市)"""
    parsed = ingest_file(BLIND / f"blind189_beihai_pifu.{suffix}")
    assert parsed.documents[0].doc_number is not None and parsed.documents[0].doc_number.text == "北政办函〔2024〕63号"
    assert parsed.clauses[0].applies_to == ("铁山港区",)
