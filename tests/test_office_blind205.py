"""The most ordinary documents of 西南 offices — a 四川 任务分工表, a 黔南州 实施意见, a 红河片区 暂行办法 and a 吉隆县 名单
(tests/data/office/blind205, made by make_blind205.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind205"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_scope_article_names_no_namesake_in_another_province(suffix: str) -> None:
    """Regression: 本办法适用于…红河片区河口区块 made 31 of 32 clauses apply in 河口区 — of 东营市, 山东 — a namesake of
    the block's name, far from the 云南 片区 that issued it."""
    parsed = ingest_file(BLIND / f"blind205_honghe_banfa.{suffix}")
    assert not any("河口区" in c.applies_to for c in parsed.clauses)
    assert all(c.applies_to for c in parsed.clauses)


def test_a_printed_line_wrapped_inside_its_date_stays_in_the_imprint() -> None:
    """Regression: a long 印发机关 wrapped the PDF's 印发 line inside its date ("…办公室 2023年12" / "月13日印发"), so
    the whole 版记 ran on into 第二十一条 and the 印发日期 was lost (published fell back to the 成文日期)."""
    parsed = ingest_file(BLIND / "blind205_honghe_banfa.pdf")
    last = next(c for c in parsed.clauses if c.label == "第二十一条")
    assert last.text == "第二十一条 本办法自2024年1月1日起施行，有效期2年。"
    (doc,) = parsed.documents
    assert doc.printed_date == "2023-12-13" and doc.published == "2023-12-13"
    assert doc.printed_by == "中国（云南）自由贸易试验区红河片区管理委员会办公室"
    assert doc.cc is not None and doc.cc.endswith("蒙自市人民政府。")
