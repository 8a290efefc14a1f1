"""Meetings and training as offices announce them — a 会议通知 with its agenda and 回执, a 培训通知 with a 日程 table and
a QR code, a one-page 会议情况通报 — written by someone who had not read the reader (tests/data/office/blind123, made
by make_blind123.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind123"


def test_an_attachment_title_whose_first_paragraph_names_a_genre() -> None:
    """Regression: the 报名表's title set in two paragraphs (…RCEP原产地规则 / 专题培训班报名表) stopped at 规则, a 文种, and
    专题培训班报名表 became a clause: the 附件说明 names the whole title."""
    clauses = ingest_file(BLIND / "blind123_xiamen_training.docx").clauses
    heading = next(c for c in clauses if c.kind == "heading" and c.text.startswith("附件"))
    assert heading.text.endswith("“一带一路”出口企业RCEP原产地规则专题培训班报名表")
    assert not any(c.text == "专题培训班报名表" for c in clauses)
