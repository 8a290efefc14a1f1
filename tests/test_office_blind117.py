"""公文 made from an OA system's Word template, its fields content controls — inline and block controls, a placeholder
left showing, a repeating section, checkboxes, bookmarks, customXml and smart tags — written by someone who had not
read the reader (tests/data/office/blind117, made by make_blind117.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind117"


def test_a_paragraph_an_xml_element_wraps_is_read() -> None:
    """Regression: （二）支持跨境电商海外仓建设。… wrapped in a w:customXml element was lost from the Word file, silently
    (the ingest report counted no lost line: the reader never saw it)."""
    clauses = ingest_file(BLIND / "blind117_zhengzhou_tongzhi.docx").clauses
    assert any(c.text.startswith("（二）支持跨境电商海外仓建设") and "最高80万元" in c.text for c in clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_placeholder_left_showing_is_nobodys_text(suffix: str) -> None:
    """Regression: Word's placeholder in an empty content control (单击此处输入文字。) was the 函's 抄送 and a form's 备注."""
    parsed = ingest_file(BLIND / f"blind117_lianyungang_han.{suffix}")
    assert parsed.documents[0].cc is None
    assert not any("输入文字" in c.text for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_labels_beside_values_an_organ_or_ticked_boxes(suffix: str) -> None:
    """Regression: the 申请表 (申请单位｜连云港市人民政府办公室, 是否…｜☐是 ☒否, no header) took its first row for a header:
    申请单位：是否已纳入省级重点项目 / 连云港市人民政府办公室：☐是 ☒否."""
    clauses = ingest_file(BLIND / f"blind117_lianyungang_han.{suffix}").clauses
    assert not any(c.kind == "table_header" and c.text.startswith("申请单位") for c in clauses)
    assert any(c.kind == "table_row" and c.text == "申请单位：连云港市人民政府办公室" for c in clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_items_for_one_zone_area_said_every_way(suffix: str) -> None:
    """Regression: （一）…支持舟山片区、宁波片区油气贸易企业…, （二）…舟山片区年度…, 1.金义片区全年开行… and
    （一）…杭州片区重点推进以下工作： applied in all 浙江省 (a 片区 opening an item was one only before a verb of a list)."""
    clauses = ingest_file(BLIND / f"blind117_zhejiang_tongzhi.{suffix}").clauses
    zone = "中国（浙江）自由贸易试验区"
    by_start = {c.text[:12]: c.applies_to for c in clauses}
    assert next(v for k, v in by_start.items() if k.startswith("（一）扩大油气")) == (f"{zone}舟山片区", f"{zone}宁波片区")
    assert next(v for k, v in by_start.items() if k.startswith("（二）提升保税")) == (f"{zone}舟山片区",)
    assert next(v for k, v in by_start.items() if k.startswith("1.金义片区")) == (f"{zone}金义片区",)
    assert next(v for k, v in by_start.items() if k.startswith("（一）建设“丝路")) == (f"{zone}杭州片区",)
