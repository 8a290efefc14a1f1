"""District- and zone-level offices running bonded zones beside the pilot free trade zones (tests/data/office/blind246,
made by make_blind246.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind246"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_areas_beside_the_zone_a_measure_opens_with_are_where_it_applies(fmt: str) -> None:
    """Regression: 支持胶州市、即墨区自贸试验区联动创新区复制推广… took the 青岛片区 of the heading above it (the places
    were not read as the measure's, 自贸试验区 standing between them and 联动创新区)."""
    parsed = ingest_file(BLIND / f"blind246_qingdao_yaodian.{fmt}")
    (item,) = [c for c in parsed.clauses if c.text.startswith("2.推进联动创新区建设")]
    assert item.applies_to == ("胶州市", "即墨区")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_bonded_zone_short_in_a_citys_plan(fmt: str) -> None:
    """Regression: 3.前湾综保区内加快建设… in 青岛's plan was the whole city's."""
    parsed = ingest_file(BLIND / f"blind246_qingdao_yaodian.{fmt}")
    (item,) = [c for c in parsed.clauses if c.text.startswith("3.前湾综保区内")]
    assert item.applies_to == ("青岛前湾综合保税区",)
