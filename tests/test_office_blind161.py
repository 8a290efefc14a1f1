"""The most ordinary documents of south-western offices and of a 片区 committee — a 云南省商务厅 通知 on 中老铁路, a
贵州 实施意见, a 钦州港片区 管理办法 and a 成都 通知 with a 分工表 — in Word and PDF, written by someone who had not read the
reader (tests/data/office/blind161, made by make_blind161.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind161"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_table_row_per_prefecture(suffix: str) -> None:
    """Regression: the 附件's rows, each naming its 州（市）, applied in all 云南省 (a column so named was not read as the
    row's place)."""
    parsed = ingest_file(BLIND / f"blind161_yunnan_notice.{suffix}")
    rows = [c for c in parsed.clauses if c.kind == "table_row" and "州（市）" in c.fields]
    assert [r.applies_to for r in rows[3:]] == [("昆明市",), ("玉溪市",), ("普洱市",), ("西双版纳傣族自治州",)]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_item_for_the_district_that_is_to_act(suffix: str) -> None:
    """Regression: 1.青白江区要加快… and 3.新都区要依托… applied in all 成都市; an item opening with the district that is
    to carry it out applies there (round 107's 1.青白江区牵头… so too)."""
    parsed = ingest_file(BLIND / f"blind161_chengdu_notice.{suffix}")
    first = next(c for c in parsed.clauses if c.text.startswith("1.青白江区要"))
    third = next(c for c in parsed.clauses if c.text.startswith("3.新都区要"))
    assert (first.applies_to, third.applies_to) == (("青白江区",), ("新都区",))
