"""The documents that spread the pilot free trade zones' experience — a 国务院 复制推广 notice with its 推广范围 table, a
江西 省政府办公厅 notice, a 四川 best-practice 通报 and a 徐州 实施方案 (tests/data/office/blind191, made by
make_blind191.py by someone who had not read the reader): where each item applies."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind191"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_nationwide_notice_copying_the_zones_experience_applies_nationwide(suffix: str) -> None:
    """Regression: every clause of 国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知 applied in the 22 zones
    (the title names the zones), although what it copies is for the whole country; now 全国, and the zones alone where
    an item or its row's 推广范围 says 自贸试验区."""
    parsed = ingest_file(BLIND / f"blind191_guowuyuan_fuzhi.{suffix}")
    applies = {c.label: c.applies_to for c in parsed.clauses}
    assert applies["第1段"] == ("全国",)
    assert applies["1．"] == ("全国",)  # (在全国范围内复制推广的改革事项)
    zones = applies["（二）1．"]  # 1．在自贸试验区复制推广…
    assert len(zones) == 22 and "中国（上海）自由贸易试验区" in zones
    assert applies["第1项"] == ("全国",)
    assert applies["第11项"] == zones  # 推广范围：自贸试验区


def test_the_cities_a_nationwide_item_copies_into() -> None:
    """(round 184's notice: 2.在西安、重庆、成都、郑州、乌鲁木齐等中欧班列集结中心所在城市复制推广…)"""
    applies = {c.label: c.applies_to for c in ingest_file(DATA / "office" / "blind184" / "blind184_govcn_guohan.html").clauses}
    assert applies["（二）2."] == ("西安市", "重庆市", "成都市", "郑州市", "乌鲁木齐市")
    assert applies["1."] == ("全国",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_provinces_items_copy_into_the_cities_they_name(suffix: str) -> None:
    """Regression: …2项改革事项在南昌、赣州复制推广。 applied in all 江西省."""
    applies = {c.label: c.applies_to for c in ingest_file(BLIND / f"blind191_jiangxi_fuzhi.{suffix}").clauses}
    assert applies["二、（二）"] == ("南昌市", "赣州市")
    assert applies["二、（三）"] == ("南昌市", "九江市")
    assert applies["（二）"] == ("江西省",)  # (依托“赣服通”平台在全省推行)


def test_a_notice_that_copies_in_some_zones_ports_is_for_those_zones() -> None:
    """(海关 公告 关于在部分自由贸易试验区口岸推广…: not nationwide)"""
    parsed = ingest_file(DATA / "office" / "blind165" / "blind165_customs_gonggao.docx")
    assert all(c.applies_to != ("全国",) for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_document_is_published_on_the_day_its_imprint_says_it_was_printed(suffix: str) -> None:
    """Regression: with no page's date, `published` was the 成文日期 (2025-01-16) although the 版记 says 2025年1月17日印发;
    a 信函格式 letter whose 版记 has no 印发 line keeps its 成文日期."""
    doc = ingest_file(BLIND / f"blind191_jiangxi_fuzhi.{suffix}").documents[0]
    assert (doc.signed, doc.published, doc.printed_date) == ("2025-01-16", "2025-01-17", "2025-01-17")
    letter = ingest_file(BLIND / f"blind191_guowuyuan_fuzhi.{suffix}").documents[0]
    assert letter.printed_date is None and letter.published == letter.signed


def test_a_pages_own_date_stays_its_published_date() -> None:
    """(a site's 发布日期 is when the page made it public, whatever its 版记 prints)"""
    doc = ingest_file(DATA / "office" / "blind190" / "blind190_pianqu.html").documents[0]
    assert doc.published == "2024-09-06"
