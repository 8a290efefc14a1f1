"""The most ordinary documents of north and north-east China offices — a 辽宁省人民政府 通知, a 黑龙江 joint 实施细则, a
满洲里 工作方案 with its 分工表 and a 天津市商务局 便函 (tests/data/office/blind177, made by make_blind177.py by someone
who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind177"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_letterhead_over_a_title_naming_its_organ_again_is_no_part_of_it(suffix: str) -> None:
    """Regression: a 便函's head is its organ's name alone (天津市商务局), over a title that names it again
    (天津市商务局关于征集…): the title read 天津市商务局 天津市商务局关于…, and the organ issued it twice, as if jointly."""
    doc = ingest_file(BLIND / f"blind177_tianjin_zhengji.{suffix}").documents[0]
    assert doc.title == "天津市商务局关于征集2024年度天津市企业参与共建“一带一路”典型案例的通知"
    assert doc.issuers == ("天津市商务局",)
    assert doc.doc_number is None  # (商办合函〔2024〕186号 in its first paragraph is another document's)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_joint_title_keeps_both_organs(suffix: str) -> None:
    """(黑龙江省商务厅 哈尔滨海关 over 关于印发…: two organs of one title, unlike a letterhead)"""
    doc = ingest_file(BLIND / f"blind177_hlj_xize.{suffix}").documents[0]
    assert doc.issuers == ("黑龙江省商务厅", "哈尔滨海关")
