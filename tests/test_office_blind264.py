"""A 自治区人民政府公报 issue laid out in two columns, documents run on one under another — written by someone who had
not read the reader (tests/data/office/blind264, made by make_blind264.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind264"


def test_two_chapter_headings_atop_the_columns_are_no_table() -> None:
    """Regression: 第一章 总则 and 第二章 通关服务 centred atop the two columns, under the 题注 set across the page, were read
    with the first lines under them as a table (第一条 and 第五条 lost their labels, 第五条's rest ran into 第四条)."""
    clauses = ingest_file(BLIND / "blind264_guangxi_gongbao.pdf").clauses
    rule = [c for c in clauses if c.kind.value == "article" and "第二十一条" not in c.label]
    labels = [c.label for c in rule if c.label.startswith("第") and c.label.endswith("条")]
    assert labels[:6] == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]
    assert not any(c.kind.value == "table_row" and "第一章" in c.text for c in clauses)
    headings = [c.text for c in clauses if c.kind.value == "heading" and c.text.startswith("第")]
    assert headings[:2] == ["第一章 总 则", "第二章 通关服务"]
    fourth = next(c for c in clauses if c.label == "第四条")
    assert "第五条" not in fourth.text


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_gazettes_column_names_are_no_clauses(suffix: str) -> None:
    """Regression: 【自治区人民政府文件】, printed across the page under the columns, ended 第十五条; 【…办公厅文件】 was a
    clause of the 批复. They are the gazette's, left out and counted."""
    parsed = ingest_file(BLIND / f"blind264_guangxi_gongbao.{suffix}")
    assert not any("【自治区人民政府" in c.text for c in parsed.clauses)
    assert parsed.report.removed.get("gazette_column", 0) >= 2
