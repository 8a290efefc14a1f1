"""The most ordinary documents of prefecture-level city governments — a 泉州 通知 with a task table by 县（市、区）, a
连云港 实施意见, a 芜湖 joint 申报通知 and a 岳阳 通报 with a statistics table by 县市区 — in Word and PDF, written by
someone who had not read the reader (tests/data/office/blind166, made by make_blind166.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind166"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_task_applies_in_the_counties_its_row_makes_responsible(suffix: str) -> None:
    """Regression: every row of the task table applied in all 泉州市, though its 责任县（市、区） column names where the task
    is carried out (晋江市, 泉港区、惠安县)."""
    rows = [c for c in ingest_file(BLIND / f"blind166_quanzhou_notice.{suffix}").clauses if c.kind == "table_row"]
    assert next(c for c in rows if "斗尾港区" in c.text).applies_to == ("泉港区", "惠安县")
    assert next(c for c in rows if "石狮市场采购" in c.text).applies_to == ("石狮市",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_county_level_city_in_a_column_is_a_place(suffix: str) -> None:
    """Regression: rows of 汨罗市 and 临湘市 (county-level cities) under 县市区 applied in all 岳阳市, while 岳阳县's
    row was placed."""
    rows = [c for c in ingest_file(BLIND / f"blind166_yueyang_bulletin.{suffix}").clauses if c.kind == "table_row"]
    assert next(c for c in rows if "县市区：汨罗市" in c.text).applies_to == ("汨罗市",)


@pytest.mark.parametrize("name", ["blind166/blind166_quanzhou_notice.pdf", "blind119/blind119_qingdao_jixiao.pdf",
                                  "blind139/blind139_qingdao_chuhai.pdf"])
def test_a_cell_wrapped_inside_a_quotation_joins_without_a_space(name: str) -> None:
    """Regression: a PDF cell's line that broke inside a quotation (共建“一带一 / 路”国家, “一站 / 式”服务) was joined
    with a space, and a search for 一带一路 did not find the row by that word."""
    rows = [c.text for c in ingest_file(DATA / "office" / name).clauses if c.kind == "table_row"]
    assert not any(("一带一 路" in t or "一站 式" in t) for t in rows)
    assert any(("“一带一路”" in t or "“一站式”" in t) for t in rows)
