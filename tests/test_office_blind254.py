"""Development plans (规划) as provinces and cities write them, with 专栏 boxes and tables (tests/data/office/blind254,
made by make_blind254.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind254"


def test_a_page_of_boxes_in_smaller_type_keeps_its_body_text_apart() -> None:
    """Regression: a page whose 专栏 boxes, set smaller, outnumber the body's lines read the body's lines as a wrapped
    heading: a 节's heading and its two paragraphs ran together, the second paragraph lost as a clause of its own, and
    the 名词解释 heading on a later such page ran into the clause above it."""
    parsed = ingest_file(BLIND / "blind254_gansu_guihua.pdf")
    texts = [c.text for c in parsed.clauses]
    assert any(t.startswith("完善保税监管场所布局。") for t in texts)
    assert any(c.path[-1:] == ("第一节 提升海关特殊监管区域发展水平",) and c.text.startswith("推动兰州新区综合保税区创新发展。")
               and "完善保税监管" not in c.text for c in parsed.clauses)
    assert not [t for t in texts if t.endswith("总结评估。名词解释")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_tables_caption_in_its_first_row_is_no_row(suffix: str) -> None:
    """Regression: a 专栏 table captioned in its own first row, one cell across (专栏1　开放平台重点项目), over its header
    (项目名称｜建设内容): the caption and the header were rows, and the rows had no column names. The caption heads the
    table; each row is named by the header."""
    parsed = ingest_file(BLIND / f"blind254_ganzhou_guihua{suffix}")
    rows = [c for c in parsed.clauses if c.kind == "table_row" and "项目名称" in c.text]
    assert len(rows) == 4
    assert rows[0].text == "项目名称：赣州综合保税区二期\n建设内容：新增规划面积1.2平方公里，建设保税仓储、保税维修和跨境电商监管中心。"
    assert not [c for c in parsed.clauses if c.kind == "table_row" and c.text.startswith("专栏1")]
    assert [c.kind for c in parsed.clauses if c.text == "专栏1开放平台重点项目"] == ["heading"]


def test_a_joint_titles_organs_wrapped_between_lines_stay_apart() -> None:
    """Regression: a joint notice's title wrapped between two organs (…商务厅 新疆维吾尔自治区财政厅 / 乌鲁木齐海关关于…)
    ran the organs together (财政厅乌鲁木齐海关)."""
    parsed = ingest_file(DATA / "office" / "blind206" / "blind206_xinjiang_shenbao.pdf")
    assert parsed.documents[0].title.startswith("新疆维吾尔自治区商务厅 新疆维吾尔自治区财政厅 乌鲁木齐海关关于")
