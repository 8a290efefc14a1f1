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


def test_a_zones_list_limited_to_its_bonded_zone() -> None:
    """Regression: in the 襄阳片区's own list, rows whose 实施范围 says 限襄阳综合保税区 stayed the whole 片区: a bonded
    zone of the 片区's city was no place inside the 片区 (rounds 272, 275, 276, 277 and 289 asked the same of 综保区
    articles in a 片区's rules)."""
    clauses = ingest_file(BLIND / "blind288_xiangyang_gonggao.docx").clauses
    limited = [c for c in clauses if c.kind == "table_row" and "实施范围：限襄阳综合保税区" in c.text]
    assert len(limited) == 2 and all(c.applies_to == ("襄阳综合保税区",) for c in limited)


def test_a_bonded_zones_rule_is_listed_under_its_citys_zone() -> None:
    """--where of a 片区 lists a clause for a bonded zone of the 片区's city as applying to part of it, as --where of
    the city does: narrowing a 片区's clause to its 综保区 hides it from no one."""
    from bri_kb.gazetteer import gazetteer
    from bri_kb.query.where import NO, coverage

    gaz = gazetteer()
    area = gaz.places["中国（湖北）自由贸易试验区襄阳片区"]
    assert coverage(["襄阳综合保税区"], area, gaz)[0] != NO
    assert coverage(["襄阳综合保税区"], gaz.places["襄阳市"], gaz)[0] != NO
    assert coverage(["武汉东湖综合保税区"], area, gaz)[0] == NO
