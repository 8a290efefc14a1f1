"""Documents that quote and forward higher ones (a city's 转发 with the 意见 after it, a district's call for materials
quoting three 文号, a 函复, a task table by 牵头单位) — written by someone who had not read the reader
(tests/data/office/blind305, made by make_blind305.py)."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.query.where import NO, coverage
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind305"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_districts_rule_for_the_zone_named_after_it(suffix: str) -> None:
    """Regression: in 曹妃甸区's notice, （三）…曹妃甸综合保税区管理局要单独报送… and （四）…曹妃甸片区内企业… applied in the
    whole district: the data knows the zone's and the 片区's city only (唐山市), so neither was inside the district."""
    clauses = ingest_file(BLIND / f"blind305_caofeidian_tongzhi{suffix}").clauses
    three = next(c for c in clauses if c.text.startswith("（三）综保区业务开展情况"))
    four = next(c for c in clauses if c.text.startswith("（四）自贸试验区创新案例"))
    assert three.applies_to == ("曹妃甸综合保税区",)
    assert four.applies_to == ("中国（河北）自由贸易试验区曹妃甸片区",)


def test_a_zone_named_after_a_district_lies_in_it_for_the_filters() -> None:
    gaz = gazetteer()
    assert coverage(["曹妃甸综合保税区"], gaz.places["曹妃甸区"], gaz)[0] != NO
    assert coverage(["曹妃甸综合保税区"], gaz.places["丰南区"], gaz)[0] == NO
