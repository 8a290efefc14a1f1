"""西部陆海新通道, 中欧班列 and 国际物流 documents of western provinces, cities and counties — written by someone
who had not read the reader (tests/data/office/blind275, made by make_blind275.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind275"


def test_an_articles_second_paragraph_after_shift_enter_and_an_indent() -> None:
    """Regression (Word): 第二条's two 款 set apart by a manual line break and the second's typed indent (…的企业。⏎
    　　本办法所称片区…) ran together as one paragraph (rounds 232 and 272 asked the same: the PDF kept them apart)."""
    clauses = ingest_file(BLIND / "blind275_qingbaijiang_banfa.docx").clauses
    second = next(c.text for c in clauses if c.label == "第二条")
    assert "具有独立法人资格的企业。\n本办法所称片区" in second
    eighth = next(c.text for c in clauses if c.label == "第八条")
    assert "不超过200万元。\n综保区内企业租用" in eighth
