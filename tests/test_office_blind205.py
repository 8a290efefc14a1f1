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
