"""Plans whose tasks say where they are carried out, mid-sentence (tests/data/office/blind231, made by make_blind231.py
by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind231"


def _places(file: str, start: str) -> tuple[str, ...]:
    parsed = ingest_file(BLIND / file)
    return next(c.applies_to for c in parsed.clauses if c.text.startswith(start))


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_task_for_the_districts_it_names_applies_there(suffix: str) -> None:
    """Regression: （一）建设跨境电商产业园区。支持黄岛区依托… applied in all of 青岛市, as did every row whose 区（市）
    column names its district (the column was not read as a place column)."""
    file = f"blind231_qingdao_tongzhi{suffix}"
    assert _places(file, "（一）建设跨境电商产业园区") == ("黄岛区",)
    parsed = ingest_file(BLIND / file)
    rows = [c for c in parsed.clauses if c.fields.get("区（市）")]
    assert rows and all(c.applies_to == (c.fields["区（市）"],) for c in rows)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_measure_for_a_district_and_a_zone_named_mid_sentence(suffix: str) -> None:
    """Regression: 六、推动望城区建设江海联运枢纽。支持望城区依托… applied in all of 长沙市; a measure for an area the
    gazetteer does not know (浏阳经开区) stays the city's rather than being read in part."""
    file = f"blind231_changsha_cuoshi{suffix}"
    assert _places(file, "六、推动望城区建设") == ("望城区",)
    assert _places(file, "五、建设外贸转型升级基地") == ("长沙市",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_zone_and_a_free_trade_area_named_together(suffix: str) -> None:
    """Regression: 1.推动郑州航空港经济综合实验区与郑州片区政策叠加… applied in all of 河南省."""
    assert set(_places(f"blind231_henan_fangan{suffix}", "1.推动郑州航空港经济综合实验区")) == {
        "郑州航空港经济综合实验区", "中国（河南）自由贸易试验区郑州片区"}
