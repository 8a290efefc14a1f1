"""Outlines typed carelessly, as office files often are — mixed full- and half-width numbering, a duplicated 三、, a
skipped （三）, Word numbering turned into text with tabs, bold headings with no number — written by someone who had
not read the reader (tests/data/office/blind116, made by make_blind116.py)."""

from __future__ import annotations

import pytest

from bri_kb.query.labels import label_variants
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind116"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_city_districts_government_issues_for_its_district(suffix: str) -> None:
    """Regression: 广州市南沙区人民政府办公室's 方案 was municipal, 广州市, every clause applying in all 广州 (so
    `--where 南沙区` hid it and `--where 番禺区` kept it): the district, listed in the gazetteer beside its city, was
    stripped from its own name as a prefix."""
    parsed = ingest_file(BLIND / f"blind116_nansha_plan.{suffix}")
    doc = parsed.documents[0]
    assert (doc.level, doc.region) == ("county", "南沙区")
    assert {c.applies_to for c in parsed.clauses} == {("南沙区",)}


def test_an_item_numbered_1_with_a_comma_or_a_dot_is_one_label() -> None:
    """Regression: `bri clause … 二、（二）1.` found nothing where the item was typed 1、 (and 1． only matched 1.)."""
    assert "二、（二）1、" in label_variants("二、（二）1.") and "二、（四）1．" in label_variants("二、（四）1、")
    assert {"1、", "1.", "1．", "第1项"} <= label_variants("1")
