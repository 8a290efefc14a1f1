"""政策问答 kept as tables and web pages — a 片区's 百问百答 as a Word table and its PDF, the same as a workbook with a
sheet per category, a 常见问题 page whose questions fold away with their answers — written by someone who had not
read the reader (tests/data/office/blind131, made by make_blind131.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind131"


def test_questions_folded_away_with_their_answers() -> None:
    """Regression: each <details>'s <summary> (问 icon, question) was a clause of its own, the first glued to the section's
    heading, and the answer's paragraphs (after an 答 icon, itself a clause) were clauses with no question: asked the
    question as worded, the bare question came first."""
    clauses = ingest_file(BLIND / "blind131_guangxi_faq.html").clauses
    second = next(c for c in clauses if c.text.startswith("问：自贸试验区制度创新成果如何申报复制推广？"))
    assert "答：自治区自贸办（设在自治区商务厅）每年组织两批制度创新成果评估" in second.text
    assert "风险防控措施及复制推广条件。" in second.text
    third = next(c for c in clauses if c.text.startswith("问：自贸试验区建设专项资金支持哪些方向？"))
    assert "企业不直接向商务厅申报" in third.text
    assert not any(c.text.strip() in ("答", "问") for c in clauses)


def test_a_sheets_note_is_no_line_of_the_next_sheets_title() -> None:
    """Regression: each sheet's 注：…（更新时间：2024年3月） ran into the next sheet's title. (The book of four topics, a
    sheet each, is one document since round 222, titled by what the sheets' titles share.)"""
    parsed = ingest_file(BLIND / "blind131_qinzhou_qabook.xlsx")
    (doc,) = parsed.documents
    assert doc.title == "钦州港片区惠企政策百问百答（2024年版）"
    texts = [c.text for c in parsed.clauses]
    assert "钦州港片区惠企政策百问百答（2024年版）——跨境贸易" in texts
    assert not any(t.startswith("注：") and "百问百答" in t for t in texts)
