"""The most ordinary documents of 片区 and 开发区 committees — a 济南片区 申报 通知, a 舟山片区 管理办法, a 洋浦经济开发区
公告 and a 西安国际港务区 工作方案 — in Word and PDF, written by someone who had not read the reader
(tests/data/office/blind164, made by make_blind164.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind164"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_development_zones_committee_is_no_central_organ(suffix: str) -> None:
    """Regression: 洋浦经济开发区管理委员会 (a name holding no place the gazetteer knows) issued at ministry level and its
    公告 applied in all 全国, 一、 saying 本公告适用于在洋浦经济开发区…"""
    parsed = ingest_file(BLIND / f"blind164_yangpu_notice.{suffix}")
    doc = parsed.documents[0]
    # (the zone, in the gazetteer since round 179: within 海南省, as `--where 海南` finds it)
    assert doc.level == "municipal" and doc.region == "洋浦经济开发区"
    assert all("全国" not in c.applies_to for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_adoption_note_does_not_date_its_publication_before_its_signing(suffix: str) -> None:
    """Regression: the 舟山 办法's note under its title, （2024年4月12日…主任办公会议审议通过）, made it published on
    2024-04-12, before the 成文日期 2024-04-18 its 落款 prints."""
    doc = ingest_file(BLIND / f"blind164_zhoushan_measures.{suffix}").documents[0]
    assert doc.signed == "2024-04-18" and doc.published == "2024-04-18"
