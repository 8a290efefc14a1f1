"""Texts around policies, by someone who had not read the reader (tests/data/
office/blind46, made by make_blind46.py): a 新闻发布会 transcript, a 领导讲话 as
Word and PDF, and a policy 汇编 with a cover and a 目录."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind46"


def test_a_speakers_turn_closes_the_list_before_it() -> None:
    """Regression: 记者（中央广播电视总台）：…, 成都海关副关长 刘海波：… and the host's closing turn were
    labelled （三）第2段, 3.第2段: as if they were part of the last answer's list item."""
    parsed = ingest_file(BLIND / "blind46_fabuhui.docx")
    turns = [c for c in parsed.clauses if c.text.startswith(("记者（中央", "成都海关副关长 刘海波：", "主持人（张明远）：由于"))]
    assert len(turns) == 3
    assert all(c.path == () and c.label.startswith("第") for c in turns)


def test_a_meetings_time_line_is_no_part_of_its_title() -> None:
    """Regression: in the PDF the title took the 时间：… 地点：四 line under it, cut mid-word."""
    (doc,) = ingest_file(BLIND / "blind46_fabuhui.pdf").documents
    assert doc.title.endswith("新闻发布会")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_speech_is_dated_by_the_day_under_its_title(suffix: str) -> None:
    """Regression: （2024年6月20日） under the title was a clause and the speech had no date."""
    parsed = ingest_file(BLIND / f"blind46_jianghua.{suffix}")
    (doc,) = parsed.documents
    assert doc.published == "2024-06-20"
    assert not [c for c in parsed.clauses if c.text == "（2024年6月20日）"]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_compilations_cover_reads_the_same_from_word_and_pdf(suffix: str) -> None:
    """Regression: in the Word file the cover's edition （2023年） under a one-line title, the editing office and
    the month were three clauses of a cover document; since round 234 the cover is no document at all (it had been
    one with no clauses, counting a document the compilation does not hold): its lines are left out and counted."""
    parsed = ingest_file(BLIND / f"blind46_huibian.{suffix}")
    assert "中国（四川）自由贸易试验区政策文件汇编（2023年）" not in [d.title for d in parsed.documents]
    assert parsed.report.removed["compilation_title"] >= 3
    numbers = [d.doc_number.text for d in parsed.documents if d.doc_number]
    assert numbers == ["川府发〔2023〕8号", "川办发〔2023〕27号", "川商自贸〔2023〕12号", "川自贸办〔2023〕5号"]
