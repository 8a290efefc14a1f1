"""The State Council's founding documents of pilot free trade zones and the ministries' on them (tests/data/office/blind256,
made by make_blind256.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind256"


def _places(name: str) -> dict[str, tuple[str, ...]]:
    parsed = ingest_file(DATA / "office" / name)
    return {c.text[:16]: c.applies_to for c in parsed.clauses}


def _opening(places: dict[str, tuple[str, ...]], start: str) -> tuple[str, ...]:
    return next(p for text, p in places.items() if text.startswith(start))


def _short(zone: str) -> str:
    return zone.removeprefix("中国（").split("）")[0]


@pytest.mark.parametrize("name", ["blind256_jiangxi_fangan.pdf", "blind256_jiangxi_wangye.html"])
def test_a_zone_the_gazetteer_does_not_list_is_its_provinces_not_every_zones(name: str) -> None:
    """Regression: the State Council's plan founding a zone the gazetteer does not list (中国（江西）自由贸易试验区) applied
    in every zone listed, 22 of them, its own not among them. It applies in its province."""
    places = _places(f"blind256/{name}")
    assert set(places.values()) - {("江西省",)} <= {("南昌综合保税区",), ("九江综合保税区",), ("南昌市",), ("九江市",), ("赣州市",)}
    assert ("江西省",) in places.values()


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_zones_named_short_after_a_verb_are_those_zones(suffix: str) -> None:
    """Regression: （一）推进通关模式创新。支持上海、广东、天津自贸试验区开展… applied in all 22 zones."""
    places = _places(f"blind256/blind256_shangwubu_cuoshi{suffix}")
    assert [_short(p) for p in _opening(places, "（一）推进通关模式创新")] == ["上海", "广东", "天津"]
    assert [_short(p) for p in _opening(places, "（五）建设西部陆海新通道")] == ["广西", "云南"]


def test_every_list_of_zones_its_sentence_names() -> None:
    """Regression (tests/data/office/blind37): …支持重庆、四川、陕西自由贸易试验区…，推动广西、云南自由贸易试验区… applied in
    all zones (and, on the way to the fix, in the first three only)."""
    places = _places("blind37/blind37_govcn_yijian.html")
    assert [_short(p) for p in _opening(places, "（二）畅通国际物流通道")] == ["重庆", "四川", "陕西", "广西", "云南"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_joint_head_of_seven_organs_in_two_columns(suffix: str) -> None:
    """Regression: a joint 版头 set as a table, the organs in two columns beside 文件, gave only its left column's four
    (the Word file); the PDF gave ten, three twice; and a 落款 set as a table of organs, the date under it, was read as
    a data table of two rows."""
    parsed = ingest_file(BLIND / f"blind256_shangwubu_cuoshi{suffix}")
    assert parsed.documents[0].issuers == ("商务部", "外交部", "国家发展改革委", "财政部", "交通运输部", "中国人民银行", "海关总署")
    assert parsed.documents[0].title.startswith("商务部等7部门关于")
    assert not [c for c in parsed.clauses if c.kind in ("table_row", "table_header")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_replys_term_counted_from_its_issue(suffix: str) -> None:
    """Regression: a 批复's 试点期限自本批复印发之日起3年 gave no dates; and its item 一、同意在…长沙片区、岳阳片区（以下统称试点片区）
    开展…试点 applied province-wide."""
    parsed = ingest_file(BLIND / f"blind256_hunan_pifu{suffix}")
    reply = parsed.documents[0]
    assert reply.effective == reply.signed == "2025-03-26" and reply.expires == "2028-03-25"
    first = next(c for c in parsed.clauses if c.text.startswith("一、同意在"))
    assert first.applies_to == ("中国（湖南）自由贸易试验区长沙片区", "中国（湖南）自由贸易试验区岳阳片区")
