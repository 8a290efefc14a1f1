"""The guides an FTZ service hall gives the public — a 片区's 办事指南 under its name with no 文号, a 政策问答 of 12
questions and answers — written by someone who had not read the reader (tests/data/office/blind120, made by
make_blind120.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind120"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_guide_printed_under_its_offices_name(suffix: str) -> None:
    """Regression: the 片区 committee's name over the 办事指南's title (no 文件, no 文号) ran into the title in the Word
    file and was dropped as a compilation's headline in the PDF; neither had an issuer, and the two read at different
    levels. The name is the issuer, the title is the guide's own."""
    doc = ingest_file(BLIND / f"blind120_wuhan_guide.{suffix}").documents[0]
    assert doc.title == "外商投资企业设立登记办事指南"
    assert doc.issuers == ("中国（湖北）自由贸易试验区武汉片区管理委员会",)
    assert doc.level == "municipal" and doc.published == "2024-03-18"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_numbered_question_and_its_answer_are_one_clause(suffix: str) -> None:
    """Regression: 1.问：…？ and 答：… were two clauses (the 问 a numbered item, the 答 its 第2段, two 答 that lead in a list
    typed as 落款), so a question asked as the 问 is worded found the bare 问 first, without its answer."""
    clauses = ingest_file(BLIND / f"blind120_hubei_qa.{suffix}").clauses
    first = next(c for c in clauses if c.label == "1.")
    assert first.text.startswith("1.问：") and "答：自贸试验区内的外商投资适用" in first.text
    lead = next(c for c in clauses if c.label == "6.")
    assert lead.text.endswith("答：主要有以下几项：") and lead.kind == "item"
    assert not any(c.text.startswith("答：") for c in clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_one_label_for_items_numbered_in_half_and_full_width(suffix: str) -> None:
    """Regression: (1) under question 3 and （1） under question 6 both kept their own label, which a reader types the
    same way, so `bri clause 鄂商务发〔2024〕18号 (1)` gave both: the later one is qualified by the item above it."""
    labels = [c.label for c in ingest_file(BLIND / f"blind120_hubei_qa.{suffix}").clauses]
    assert "(1)" in labels and "6.（1）" in labels and "（1）" not in labels


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_item_for_what_is_set_up_or_registered_in_one_zone_area(suffix: str) -> None:
    """Regression: （1）支持外商投资企业在武汉片区设立… and （2）允许在宜昌片区注册的… applied in all 湖北, so `--where 襄阳` and
    `--where 武汉` answered with the 宜昌 item: 支持/允许 … 在X片区 (a few words between) narrows as 在X片区 does."""
    applies = {c.label: c.applies_to for c in ingest_file(BLIND / f"blind120_hubei_qa.{suffix}").clauses}
    assert applies["6.（1）"] == ("中国（湖北）自由贸易试验区武汉片区",)
    assert applies["6.（2）"] == ("中国（湖北）自由贸易试验区宜昌片区",)
    assert applies["6.（3）"] == ("中国（湖北）自由贸易试验区襄阳片区",)
