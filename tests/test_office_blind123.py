"""Meetings and training as offices announce them — a 会议通知 with its agenda and 回执, a 培训通知 with a 日程 table and
a QR code, a one-page 会议情况通报 — written by someone who had not read the reader (tests/data/office/blind123, made
by make_blind123.py)."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_periodical_report_with_a_title_of_its_own(suffix: str) -> None:
    """Regression: the one-page 会议情况通报 (its mark, 第5期, the office and date, then its own title) was titled by its
    mark, and its issue number and real title (全市出口企业RCEP应用座谈会情况通报) were its first clauses."""
    parsed = ingest_file(BLIND / f"blind123_xiamen_briefing.{suffix}")
    doc = parsed.documents[0]
    assert doc.title == "全市出口企业RCEP应用座谈会情况通报"
    assert doc.issuers == ("厦门市商务局办公室",) and doc.published == "2024-05-27"
    assert parsed.clauses[0].text.startswith("5月24日下午")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_agenda_numbered_before_its_times_of_day(suffix: str) -> None:
    """Regression: the agenda's points (1.9:00—9:10省自贸办…, 2.9:10—9:25…) read as decimals (1.9) and were paragraphs of
    四、会议议程 (四、第2段 … 四、第6段): a number before a time of day is a point's number."""
    clauses = ingest_file(BLIND / f"blind123_fujian_meeting.{suffix}").clauses
    assert [c.label for c in clauses if c.text.startswith(("1.9:00", "5.11:05"))] == ["1.", "5."]
