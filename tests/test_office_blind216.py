"""The less common 文种 — a 武汉 专题会议纪要, a 四川 商务厅 函, a 北仑区 报告, a 江苏 批复 on a 片区's 区块 (tests/data/office/
blind216, made by make_blind216.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind216"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_district_government_that_is_to_act_places_its_item(suffix: str) -> None:
    """Regression: （一）黄陂区人民政府要… applied in all 武汉市: a district named with its government was not taken for
    the one that is to act, as 黄陂区要… was."""
    clauses = ingest_file(BLIND / f"blind216_wuhan_jiyao.{suffix}").clauses
    assert next(c for c in clauses if "黄陂区人民政府要" in c.text[:12]).applies_to == ("黄陂区",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_district_two_cities_name_is_the_one_beside_its_neighbour(suffix: str) -> None:
    """Regression: a row's 所在县区 连云区、海州区 applied in 连云区 alone: 海州区 (of 连云港 and of 阜新) named no one
    place, though 连云区 beside it is 连云港's."""
    row = next(c for c in ingest_file(BLIND / f"blind216_jiangsu_pifu.{suffix}").clauses if "连云区、海州区" in c.text)
    assert row.applies_to == ("连云区", "连云港市海州区")
