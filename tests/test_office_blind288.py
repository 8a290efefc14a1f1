"""下放/委托 of administrative powers to free trade zones (a 决定 with its long table, a city's 赋权 notice, a 片区's
公告, a workbook with a sheet per 片区) — written by someone who had not read the reader (tests/data/office/blind288,
made by make_blind288.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind288"


def test_a_sheets_rows_apply_in_the_zone_the_sheet_is_for() -> None:
    """Regression: a workbook with a sheet per 片区 (天府新区片区 …), each sheet's rows grouped under category rows
    (一、商务和投资（3项）): the sheet's heading took its 片区, but the category rows and the rows under them stayed
    province-wide (四川省)."""
    clauses = ingest_file(BLIND / "blind288_sichuan_qingdan.xlsx").clauses
    first = next(c for c in clauses if c.kind == "table_row" and "对外劳务合作经营资格核准" in c.text)
    assert first.applies_to == ("中国（四川）自由贸易试验区成都天府新区片区",)
    rows = [c for c in clauses if c.kind == "table_row"]
    assert sum(c.applies_to == ("四川省",) for c in rows) <= 1
