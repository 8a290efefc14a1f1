"""Ordinary pages of four more government sites saved from the browser — a 商务部 政策发布 page, a 湖南 政策文件库 page
of one cell per paragraph, a mobile page and a 郑州市商务局 公示 (tests/data/office/blind172, made by make_blind172.py
by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind172"


def test_a_time_the_text_sets_is_no_dateline() -> None:
    """Regression: 一、公示时间：2024年10月14日至2024年10月18日（5个工作日）。 was taken for the page's dateline (时间：…)
    and dropped, silently: the 公示期, what a reader of a 公示 most needs, was in no clause."""
    parsed = ingest_file(BLIND / "blind172_zhengzhou_gongshi.html")
    assert any(c.text.startswith("一、公示时间：2024年10月14日至2024年10月18日") for c in parsed.clauses)
    assert parsed.documents[0].published == "2024-10-14"  # (the page's own 发布时间 still read)


def test_a_county_level_city_listed_beside_its_city_places_a_row() -> None:
    """Regression: a row whose 所在县（市、区） is 新郑市 (listed beside 郑州市 as a city of its own) applied in all 郑州市."""
    rows = [c for c in ingest_file(BLIND / "blind172_zhengzhou_gongshi.html").clauses if c.kind == "table_row"]
    assert next(c for c in rows if "所在县（市、区）：新郑市" in c.text).applies_to == ("新郑市",)
