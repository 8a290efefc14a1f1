"""The most ordinary documents of far-western and island offices — a 西藏 商务厅 通知, a 喀什地区 实施方案 with a
分工表 by 县（市）、园区, a 海南 joint 管理办法 and a 东兴 公告 — in Word and PDF, written by someone who had not read the
reader (tests/data/office/blind173, made by make_blind173.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind173"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_county_or_park_column_places_each_row(suffix: str) -> None:
    """Regression: the 分工表's column 县（市）、园区 placed no row (all in 喀什地区), and an autonomous county's long name
    (塔什库尔干塔吉克自治县) was found nowhere in a cell."""
    rows = [c for c in ingest_file(BLIND / f"blind173_kashi_plan.{suffix}").clauses if c.kind == "table_row"]
    places = {p for c in rows for p in c.applies_to}
    assert {"莎车县", "疏附县", "塔什库尔干塔吉克自治县"} <= places


def test_a_forest_district_is_found_in_a_cell() -> None:
    """Regression (round 56): 所在地：神农架林区 (five characters before 区) placed no row."""
    rows = ingest_file(DATA / "office" / "blind56" / "blind56_hubei_tongzhi.docx").clauses
    assert next(c for c in rows if "所在地：神农架林区" in c.text).applies_to == ("神农架林区",)
