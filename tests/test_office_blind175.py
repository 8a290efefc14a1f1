"""The most ordinary documents of central-China offices — a 江西 实施意见, a 长沙 joint 通知 with a table of 企业 by
区县（市）, a 合肥 管理办法 and a 太原 复函 — in Word and PDF, written by someone who had not read the reader
(tests/data/office/blind175, made by make_blind175.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind175"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_each_enterprise_row_applies_in_its_district_or_county_level_city(suffix: str) -> None:
    """The 企业 table by 区县（市）: a cell merged over two rows (岳麓区) places both; the county-level cities 浏阳市 and
    宁乡市 (placed in all 长沙市 before this session's 汨罗市 fix) place theirs; the 片区 row its 片区."""
    rows = [c for c in ingest_file(BLIND / f"blind175_changsha_tongzhi.{suffix}").clauses if c.kind == "table_row"]
    places = [c.applies_to for c in rows]
    assert places.count(("岳麓区",)) == 2 and ("浏阳市",) in places and ("宁乡市",) in places
    assert ("中国（湖南）自由贸易试验区长沙片区",) in places
    doc = ingest_file(BLIND / f"blind175_changsha_tongzhi.{suffix}").documents[0]
    assert doc.issuers == ("长沙市商务局", "长沙海关")
