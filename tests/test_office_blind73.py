"""Three ordinary red-header 公文 as Word-made PDFs (an 实施意见 with a task table, a 通知 with a form,
a 片区管委会's 方案), by someone who had not read the reader (tests/data/office/blind73, made by
make_blind73.py)."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.query.where import NO, coverage
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind73"
AREA = "中国（云南）自由贸易试验区德宏片区"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_zones_committee_in_an_autonomous_prefecture_is_of_that_prefecture(suffix: str) -> None:
    """Regression: the 德宏片区管理委员会 was read as provincial, 云南省 (its 片区 lies in a 自治州, not a 市)."""
    (doc,) = ingest_file(BLIND / f"blind73_dehong_fangan.{suffix}").documents
    assert (doc.level, doc.region) == ("municipal", "德宏傣族景颇族自治州")


def test_a_county_level_city_holds_the_zone_its_prefecture_holds() -> None:
    """Regression: --where 瑞丽 left out every article for the 德宏片区 (瑞丽市 is listed as a city of its own,
    with no prefecture; its divisions' 瑞丽 lies in 德宏州, as the 片区 does)."""
    gaz = gazetteer()
    assert coverage([AREA], gaz.places["瑞丽市"], gaz)[0] != NO
    assert coverage([AREA], gaz.places["昆明市"], gaz)[0] == NO
