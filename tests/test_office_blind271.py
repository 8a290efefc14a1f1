"""公示 and 名单 offices publish about support money and recognised parks — a 公示 with its list, a 认定名单 grouped by
city, a workbook of proposed projects, a 片区 site's 公示 page — written by someone who had not read the reader
(tests/data/office/blind271, made by make_blind271.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind271"


def test_a_pages_banner_naming_the_site_is_no_title() -> None:
    """Regression: the page's banner <h1>, the site's name (中国（四川）自由贸易试验区川南临港片区, the <title>'s last part),
    titled the 公示 printed under its own <h2>; round 249's 金华市商务局 dynamic news page too."""
    doc = ingest_file(BLIND / "blind271_luzhou_gongshi.html").documents[0]
    assert doc.title == "关于2025年第二批川南临港片区跨境电商及外贸发展扶持资金拟兑现名单的公示"
    assert ingest_file(DATA / "office" / "blind249" / "blind249_jinhua_dongtai.html").documents[0].title == (
        "金华市商务局2024年10月工作动态")


def test_a_lists_row_is_placed_by_its_city_column_named_as_provinces_and_cities_name_it() -> None:
    """Regression: rows with 省辖市：郑州市 (a province's word for its cities) and 板块：张家港市 (a city's for its counties and
    districts) applied in the whole province and the whole city."""
    park = next(c for c in ingest_file(BLIND / "blind271_henan_tongzhi.docx").clauses if "省辖市：郑州市" in c.text)
    assert park.applies_to == ("郑州市",)
    row = next(c for c in ingest_file(BLIND / "blind271_suzhou_mingxi.xlsx").clauses if "板块：张家港市" in c.text)
    assert row.applies_to == ("张家港市",)
