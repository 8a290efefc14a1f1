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


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_comparison_tables_quoted_repeal_is_none_of_the_letters(suffix: str) -> None:
    """Regression: the 函 asking for a legality review was said to repeal 云商规〔2021〕3号, a sentence only the 修订对照表
    quotes from the draft's 附则; and its attachment was named with （另送）, how it is sent."""
    doc = ingest_file(BLIND / f"blind259_yunnan_duizhaobiao.{suffix}").documents[0]
    assert doc.repeals == ()
    assert "云南省跨境电子商务公共海外仓认定管理办法（送审稿）" in doc.attachments
    assert not any("另送" in a for a in doc.attachments)


def test_a_title_whose_quoted_name_runs_onto_a_third_line_is_whole() -> None:
    """Regression: the Word title 云南省商务厅关于公开征求《云南省跨境 / 电子商务公共海外仓认定管理办法 / （征求意见稿）》
    意见的公告 (soft breaks) under the 公告's number stopped at …管理办法, the rest a clause."""
    parsed = ingest_file(BLIND / "blind259_yunnan_zhengqiu.docx")
    assert parsed.documents[0].title == "云南省商务厅关于公开征求《云南省跨境电子商务公共海外仓认定管理办法（征求意见稿）》意见的公告"
    assert not any(c.text.startswith("（征求意见稿）》") for c in parsed.clauses)
