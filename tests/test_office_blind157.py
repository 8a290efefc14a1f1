"""The most ordinary policy documents of western and island provinces — a 海南省人民政府 通知 printing a 工作方案, a
重庆市商务委员会 公告 with a 认定名单, a 西安市人民政府 批复 and a 新疆 商务厅 政策解读, in Word and PDF — written by someone
who had not read the reader (tests/data/office/blind157, made by make_blind157.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind157"
ZONE = "中国（重庆）自由贸易试验区"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_zones_listed_after_one_full_name(suffix: str) -> None:
    """Regression: （三）对在中国（重庆）自由贸易试验区两江片区、西永片区、果园港片区内设立… applied in all 重庆市: the list
    names the zone once, before its first 片区, and 西永片区, 果园港片区 alone were no places."""
    parsed = ingest_file(BLIND / f"blind157_chongqing_gonggao.{suffix}")
    item = next(c for c in parsed.clauses if c.label == "（三）")
    assert item.applies_to == (f"{ZONE}两江片区", f"{ZONE}西永片区", f"{ZONE}果园港片区")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_list_whose_rows_name_their_district(suffix: str) -> None:
    """Regression: the 认定名单's rows, each naming its 所在区县（片区）, applied in all 重庆市 (a column so named was not
    read as the row's place); round 96's 所在区县 and round 133's 区县（开发区） so too."""
    parsed = ingest_file(BLIND / f"blind157_chongqing_gonggao.{suffix}")
    rows = [c for c in parsed.clauses if c.kind == "table_row" and c.fields.get("序号", "").isdigit()]
    assert [r.applies_to for r in rows][3:5] == [("江津区",), ("万州区",)]
    assert rows[0].applies_to == ("沙坪坝区",)
