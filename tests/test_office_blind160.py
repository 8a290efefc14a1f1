"""The most ordinary documents of northern and north-western offices — a 辽宁 若干措施 under its 印发 notice, a 内蒙古
商务厅 通知 on 口岸 中欧班列, a 兰州 办法 and a 银川 复函 — in Word and PDF, written by someone who had not read the reader
(tests/data/office/blind160, made by make_blind160.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind160"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_table_row_per_port_is_its_citys(suffix: str) -> None:
    """Regression: 表1's rows, one a 口岸 named by its city (满洲里口岸, 二连浩特口岸) in a column 口岸, applied in all
    内蒙古自治区; the 合计 row still does."""
    parsed = ingest_file(BLIND / f"blind160_neimenggu_banlie.{suffix}")
    rows = [c for c in parsed.clauses if c.kind == "table_row" and "口岸" in c.fields]
    assert {r.fields["口岸"]: r.applies_to for r in rows} == {
        "满洲里口岸": ("满洲里市",), "二连浩特口岸": ("二连浩特市",), "合计": ("内蒙古自治区",)}
