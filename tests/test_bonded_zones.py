"""Bonded zones (综合保税区, 保税港区) known by their name's form: where a clause that names one applies, and the filter
that asks for their city."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.place_names import places_in
from bri_kb.query.where import COVERS, NO, PART, coverage
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize(("name", "host", "expected"), [
    ("天津东疆综合保税区", None, ("天津东疆综合保税区", "天津市", None)),
    ("青岛前湾综合保税区", None, ("青岛前湾综合保税区", "山东省", "青岛市")),
    ("即墨综保区", None, ("即墨综合保税区", "山东省", "青岛市")),
    ("西永综保区", "重庆市", ("重庆西永综合保税区", "重庆市", None)),
])
def test_a_zone_is_known_by_its_city_or_the_documents(name: str, host: str | None,
                                                      expected: tuple[str, str, str | None]) -> None:
    zone = gazetteer().bonded_zone(name, host)
    assert zone is not None and (zone.name, zone.province, zone.city) == expected and zone.kind == "zone"


@pytest.mark.parametrize(("name", "host"), [
    ("西永综合保税区", None),  # (no city named, none given)
    ("本综合保税区", "厦门市"), ("综合保税区", "厦门市"), ("湛江市依托湛江综合保税区", None),
    ("贵阳综合保税区、贵安综合保税区", None), ("天津港片区东疆综合保税区", None),
])
def test_words_that_name_no_zone_are_none(name: str, host: str | None) -> None:
    assert gazetteer().bonded_zone(name, host) is None


@pytest.mark.parametrize(("text", "host", "expected"), [
    ("二、开展保税维修试点。在天津东疆综合保税区开展…", None, ["天津东疆综合保税区"]),
    ("对中国（广西）自由贸易试验区南宁片区和南宁综合保税区内", None, ["中国（广西）自由贸易试验区南宁片区", "南宁综合保税区"]),
    ("支持西永综合保税区发展保税研发", "重庆市", ["重庆西永综合保税区"]),
    ("对在综保区内新建或改造跨境电商公共监管仓", "东莞市", []),
    ("支持两个综保区内企业开展保税维修", "郑州市", []),
])
def test_zones_named_in_a_text(text: str, host: str | None, expected: list[str]) -> None:
    assert [p.name for p in places_in(text, gazetteer(), host)] == expected


def test_a_zones_clause_is_its_citys_in_part_and_its_citys_rule_covers_it() -> None:
    """Regression: --where 南宁市 hid a clause for 南宁综合保税区 (a zone in the city was no part of it), as --where
    青岛市 hid the 上合示范区's."""
    gaz = gazetteer()
    assert coverage(("南宁综合保税区",), gaz.places["南宁市"], gaz)[0] == PART
    assert coverage(("中国—上海合作组织地方经贸合作示范区",), gaz.places["青岛市"], gaz)[0] == PART
    assert coverage(("重庆西永综合保税区",), gaz.places["重庆市"], gaz)[0] == PART
    zone = gaz.bonded_zone("天津东疆综合保税区")
    assert zone is not None and coverage(("天津市",), zone, gaz)[0] == COVERS
    assert coverage(("南宁综合保税区",), gaz.places["青岛市"], gaz)[0] == NO


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_clauses_for_a_bonded_zone_apply_there(fmt: str) -> None:
    """Regression (rounds 243 and 246, blind): every 综合保税区 a measure was for, named in full or short (西永综合保税区 in
    重庆's text, 梅山综保区 in 宁波's), was the whole city's."""
    chongqing = ingest_file(OFFICE / "blind243" / f"blind243_chongqing_shishiyijian.{fmt}")
    (item,) = [c for c in chongqing.clauses if c.text.startswith("6.推动西永综合保税区提质升级")]
    assert item.applies_to == ("重庆西永综合保税区",)
    tianjin = ingest_file(OFFICE / "blind243" / f"blind243_tianjin_lianhetongzhi.{fmt}")
    (item,) = [c for c in tianjin.clauses if c.text.startswith("二、开展保税维修试点")]
    assert item.applies_to == ("天津东疆综合保税区",)
    beilun = ingest_file(OFFICE / "blind246" / f"blind246_beilun_tongzhi.{fmt}")
    rows = [c for c in beilun.clauses if c.kind == "table_row" and "所在区域：梅山" in c.text]
    assert rows and all(c.applies_to == ("宁波梅山综合保税区",) for c in rows)
