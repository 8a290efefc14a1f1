"""Draft and revision papers of one measure — a 征求意见 公告 with its draft, a 起草说明, a 修订对照表 under a 函, the
final 办法 — written by someone who had not read the reader (tests/data/office/blind259, made by make_blind259.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind259"
DEHONG = "中国（云南）自由贸易试验区德宏片区"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_articles_for_companies_registered_in_named_zones_apply_there(suffix: str) -> None:
    """Regression: 第七条 注册在…昆明片区、红河片区、德宏片区的企业… and 第十七条 支持…德宏片区依托…，具体办法由…另行制定
    applied in all 云南省 (the details to be set later read as the 片区 being put off)."""
    clauses = {c.label: c for c in ingest_file(BLIND / f"blind259_yunnan_banfa.{suffix}").clauses}
    assert clauses["第七条"].applies_to == ("中国（云南）自由贸易试验区昆明片区", "中国（云南）自由贸易试验区红河片区", DEHONG)
    assert clauses["第十七条"].applies_to == (DEHONG,)
    assert clauses["第一条"].applies_to == ("云南省",)
