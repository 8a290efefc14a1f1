"""The most ordinary documents of central ministries — a 海关总署 公告 with its 口岸 table, a 国家外汇管理局 通知, a
财政部 税务总局 公告 and a 交通运输部办公厅 复函 — in Word and PDF, written by someone who had not read the reader
(tests/data/office/blind165, made by make_blind165.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind165"
ZONE = "中国（{}）自由贸易试验区"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_tax_notices_term_gives_its_start_and_end(suffix: str) -> None:
    """Regression: 本公告执行期限为2025年1月1日至2027年12月31日 (财政部 税务总局公告's wording) gave neither date, so the
    公告 counted in force before 2025 and after 2027."""
    doc = ingest_file(BLIND / f"blind165_mof_gonggao.{suffix}").documents[0]
    assert (doc.effective, doc.expires) == ("2025-01-01", "2027-12-31")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_each_row_of_the_ports_table_applies_in_its_zone(suffix: str) -> None:
    """Regression: a row per port under 所在自由贸易试验区（片区） applied in all 22 zones."""
    rows = [c for c in ingest_file(BLIND / f"blind165_customs_gonggao.{suffix}").clauses if c.kind == "table_row"]
    assert next(c for c in rows if "上海洋山港口岸" in c.text).applies_to == (f"{ZONE.format('上海')}临港新片区",)
    assert next(c for c in rows if "大连港口岸" in c.text).applies_to == (f"{ZONE.format('辽宁')}大连片区",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_item_naming_some_zones_in_full_applies_in_those(suffix: str) -> None:
    """Regression: （三）…在中国（天津）自由贸易试验区、中国（重庆）自由贸易试验区、中国（湖北）自由贸易试验区武汉片区，允许…
    applied in all 22 zones (items naming 片区 alone were placed; zones named in full were not)."""
    clauses = ingest_file(BLIND / f"blind165_safe_tongzhi.{suffix}").clauses
    pool = next(c for c in clauses if "本外币一体化资金池" in c.text and c.kind == "item")
    assert pool.applies_to == (ZONE.format("天津"), ZONE.format("重庆"), f"{ZONE.format('湖北')}武汉片区")


def test_a_row_listing_a_zones_areas_under_one_word_applies_in_each() -> None:
    """Regression (round 93): 适用范围 中国（湖南）自由贸易试验区长沙、岳阳、郴州片区 placed the row in 郴州片区 alone."""
    rows = ingest_file(DATA / "office" / "blind93" / "blind93_hunan_policylist.xlsx").clauses
    row = next(c for c in rows if c.label == "第1项")
    assert row.applies_to == tuple(f"{ZONE.format('湖南')}{a}片区" for a in ("长沙", "岳阳", "郴州"))
