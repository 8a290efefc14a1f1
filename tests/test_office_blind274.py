"""A 人大常委会公报 issue and a city's amendment 决定 — written by someone who had not read the reader
(tests/data/office/blind274, made by make_blind274.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind274"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_drafts_explanation_after_its_regulation_is_a_document(suffix: str) -> None:
    """Regression: 关于《中国（黑龙江）自由贸易试验区条例（草案）》的说明, printed after the 条例's last article, was glued
    onto 第二十九条 with its speaker's line, headings and thirteen paragraphs."""
    parsed = ingest_file(BLIND / f"blind274_heilongjiang_gongbao{suffix}")
    titles = [d.title for d in parsed.documents]
    assert "关于《中国（黑龙江）自由贸易试验区条例（草案）》的说明" in titles
    last = next(c for c in parsed.clauses if c.label == "第二十九条")
    assert last.text == "第二十九条　本条例自2025年9月1日起施行。" or last.text == "第二十九条 本条例自2025年9月1日起施行。"
    explained = next(d for d in parsed.documents if d.title.endswith("的说明"))
    said = [c.text for c in parsed.clauses if c.doc_id == explained.doc_id]
    assert any(t.startswith("受省人大常委会主任会议委托") for t in said)
