"""Spreadsheets offices send as lists (a 制度创新案例清单, a 公示 of support funds, a project table wider than a page,
a two-sheet 任务分工 workbook) — written by someone who had not read the reader (tests/data/office/blind293, made
by make_blind293.py; its PDFs are drawn by reportlab in the way Calc prints, LibreOffice Calc not being installed)."""

from __future__ import annotations

from bri_kb.gazetteer import gazetteer
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind293"


def test_a_county_level_city_that_was_once_a_prefecture_is_todays_county_level_city() -> None:
    """Regression: 巢湖市, a prefecture until 2011 and since then a county-level city of 合肥市, resolved to the abolished
    prefecture (the divisions table keeps its code), so a row of a 合肥 list in 巢湖市 applied in all of 合肥市."""
    place = gazetteer().resolve("巢湖市")
    assert place is not None and place.kind == "county" and place.city == "合肥市"
    rows = ingest_file(BLIND / "blind293_hefei_gongshi.xlsx").clauses
    row = next(c for c in rows if "所在区县：巢湖市" in c.text)
    assert row.applies_to == ("巢湖市",)
