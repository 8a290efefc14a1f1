"""The most ordinary documents of east-China county and city offices — a 昆山市人民政府 实施意见, a 温州 joint 通知 with its
名单, a 芜湖片区 办法 and a 泉州市人民政府办公室 商洽函 (tests/data/office/blind187, made by make_blind187.py by someone who had
not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind187"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_county_level_citys_government_issues_at_county_level(suffix: str) -> None:
    """Regression: 昆山市人民政府 (a county-level city the project's list of cities lacks) was read as a central organ: the
    实施意见 issued by a ministry for all 全国."""
    parsed = ingest_file(BLIND / f"blind187_kunshan_yijian.{suffix}")
    doc = parsed.documents[0]
    assert (doc.level, doc.region) == ("county", "昆山市")
    assert parsed.clauses[0].applies_to == ("昆山市",)
