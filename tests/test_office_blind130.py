"""Outlines numbered by Word itself — a multilevel list in numbering.xml, restarts, a start overridden by hand, a
paragraph whose numbering is taken off, heading styles numbered in an attachment, bullets mixed in — written by
someone who had not read the reader (tests/data/office/blind130, made by make_blind130.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind130"


def test_a_paragraph_whose_numbering_is_taken_off() -> None:
    """Regression: a paragraph in a list with its numbering taken off (w:numId 0, Word's "none") was given the list's
    next number (二、1. 对开行至中亚方向的回程班列…), so the Word file and its PDF differed and were kept as two documents."""
    clause = next(c for c in ingest_file(BLIND / "blind130_henan_opinion.docx").clauses if "对开行至中亚方向" in c.text)
    assert clause.text.startswith("对开行至中亚方向") and clause.kind == "paragraph"


def test_a_bullet_wrapped_in_the_pdf_is_one_clause() -> None:
    """Regression: in the PDF each wrapped line of a ● bullet, set under its text (a hanging indent), was a clause of
    its own (…按平台服务费的50%给予补助， / 单个企业最高不超过20万元。), and so was the rest of one that a page break cut
    (…每个企业每年最 / 高不超过30万元。)."""
    texts = [c.text for c in ingest_file(BLIND / "blind130_xian_notice.pdf").clauses]
    assert "●丝路电商：对中国（陕西）自由贸易试验区西安国际港务区片区内跨境电商企业，通过第三方平台开拓共建“一带一路”国家" \
           "市场的，按平台服务费的50%给予补助，单个企业最高不超过20万元。" in texts
    assert "●境外展会：按展位费的70%给予补助，每个企业每年最高不超过30万元。" in texts
    assert not any(t.startswith(("高不超过", "单个企业最高")) for t in texts)


def test_the_first_of_several_bullets_is_no_part_of_the_heading() -> None:
    """Regression: the first of the bullets under a heading ran into the heading's clause ((三)市场开拓类项目。 /
    ●境外展会：…), its siblings each a clause under it; in the Word file and in its PDF alike."""
    for name in ("blind130_xian_notice.docx", "blind130_xian_notice.pdf"):
        clauses = ingest_file(BLIND / name).clauses
        heading = next(c for c in clauses if c.text.startswith("（三）市场开拓类项目"))
        assert heading.text == "（三）市场开拓类项目。" and heading.kind == "heading", name
        first = next(c for c in clauses if c.text.startswith("●境外展会"))
        assert first.path[-1] == "（三）市场开拓类项目", name
