"""County- and district-level documents of border counties — written by someone who had not read the reader
(tests/data/office/blind282, made by make_blind282.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind282"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_county_party_offices_joint_notice_is_the_countys(suffix: str) -> None:
    """Regression: 中共龙州县委办公室 and 龙州县人民政府办公室 issuing together read as a central organ's document
    (level ministry, region 全国, every clause 中央机关发布)."""
    parsed = ingest_file(BLIND / f"blind282_longzhou_fangan{suffix}")
    (doc,) = parsed.documents
    assert (doc.level, doc.region) == ("county", "龙州县")
    assert doc.issuers == ("中共龙州县委办公室", "龙州县人民政府办公室")
    assert all("全国" not in c.applies_to for c in parsed.clauses)
