"""Drafts and amendments as offices publish them (a 征求意见稿 with its 起草说明, a 修改对照表, a 决定 amending and
repealing several rules, a 公告 asking for comments) — written by someone who had not read the reader
(tests/data/office/blind291, made by make_blind291.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind291"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_decision_repeals_the_rules_it_lists_and_only_amends_the_others(suffix: str) -> None:
    """Regression: under 二、废止下列规章： the three items, each on its own line with no 。 between them, ran into one
    sentence whose last title (a rule the 决定 amends, named in the paragraph after the list) was taken as repealed;
    the three rules listed were not."""
    decision = ingest_file(BLIND / f"blind291_yunnan_jueding{suffix}").documents[0]
    repealed = {c.target for c in decision.changes if c.action == "repeal"}
    assert repealed == {"云南省边境贸易管理暂行规定", "云南省瑞丽姐告边境贸易区管理规定", "云南省外商投资企业审批管理办法"}
    assert set(decision.repeals) == repealed
    assert all(c.date == "2025-06-01" for c in decision.changes)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_items_that_name_the_rule_they_delete_from_or_add_to_are_changes(suffix: str) -> None:
    """Regression: （二）删去《云南省口岸管理办法》第十二条 and （四）在《…》第二十条后增加一条，作为第二十一条 (a 决定
    amending several rules, each item naming its rule) were not recorded."""
    decision = ingest_file(BLIND / f"blind291_yunnan_jueding{suffix}").documents[0]
    made = {(c.target, c.action, c.articles) for c in decision.changes}
    assert ("云南省口岸管理办法", "delete", ("第十二条",)) in made
    assert ("云南省促进跨境电子商务发展办法", "delete", ("第十五条", "第十六条")) in made
    assert ("云南省口岸管理办法", "amend", ("第二十一条",)) in made


def test_an_item_after_a_quoted_articles_end_is_its_own_clause() -> None:
    """Regression (PDF): （五） set a little in from both edges under a full line ending 。” (the end of the article
    （四） adds) was read as the wrapped rest of a centred title: （四） and （五） one clause."""
    clauses = ingest_file(BLIND / "blind291_yunnan_jueding.pdf").clauses
    four = next(c for c in clauses if c.text.startswith("（四）"))
    assert "（五）" not in four.text
    assert any(c.text.startswith("（五）将《云南省促进跨境电子商务发展办法》") for c in clauses)
