"""The most ordinary documents of south-central China offices — a 湖南省商务厅 方案 with a landscape 分工表, a 宜昌 办法,
a 钦州港片区 申报通知 with a blank 申报表 and a 海南省人民政府 批复 to 三亚 (tests/data/office/blind194, made by
make_blind194.py by someone who had not read the reader): read right in Word and PDF alike (what the round found is in
docs/quality.md)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind194"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_task_table_over_landscape_pages_keeps_every_row_whole(suffix: str) -> None:
    """(the 分工表's 牵头单位 merged down across the page break goes to every row it spans; a row the break cut joins)"""
    rows = [c for c in ingest_file(BLIND / f"blind194_hunan_fangan.{suffix}").clauses if c.kind == "table_row"]
    assert len(rows) == 12
    assert all(c.fields.get("牵头单位") for c in rows)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_provinces_reply_to_a_city_applies_in_that_city(suffix: str) -> None:
    parsed = ingest_file(BLIND / f"blind194_hainan_pifu.{suffix}")
    assert parsed.documents[0].doc_number is not None and parsed.documents[0].doc_number.text == "琼府〔2024〕46号"
    assert {c.applies_to for c in parsed.clauses} == {("三亚市",)}


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_term_of_years_gives_the_last_day_in_force(suffix: str) -> None:
    doc = ingest_file(BLIND / f"blind194_yichang_banfa.{suffix}").documents[0]
    assert (doc.effective, doc.expires) == ("2024-07-20", "2029-07-19")
