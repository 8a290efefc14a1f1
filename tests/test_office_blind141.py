"""Press conferences as government news offices publish them — a 新闻发布会 文字实录 (Word, PDF, a portal's 图文直播
page) and a 政策吹风会 新闻稿 — written by someone who had not read the reader (tests/data/office/blind141, made by
make_blind141.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind141"
TRANSCRIPT = "《关于实施自由贸易试验区提升战略深度融入共建“一带一路”的若干措施》新闻发布会文字实录"
BRIEFING = "省商务厅举行政策吹风会解读《中国（湖南）自由贸易试验区深化对非经贸合作三年行动方案（2024—2026年）》"


def test_a_transcript_is_not_the_policy_it_tells_of() -> None:
    """Regression: the Word transcript was titled by the policy's quoted title alone (its 新闻发布会文字实录 line a
    clause), and took the policy's period (2024-10-01 to 2027-09-30) as its own: the transcript was indexed as the
    policy. What a document calls itself under a quoted title goes with the title, and a transcript, like a 解读,
    has no period of its own."""
    doc = ingest_file(BLIND / "blind141_fabuhui.docx").documents[0]
    assert doc.title == TRANSCRIPT
    assert (doc.effective, doc.expires) == (None, None)


@pytest.mark.parametrize("name", ["blind141_chuifenghui.docx", "blind141_chuifenghui.pdf"])
def test_a_press_releases_head_and_headline(name: str) -> None:
    """Regression: the 新闻稿's head (湖南省商务厅新闻稿 / 2024年第37期 / 湖南省商务厅办公室　2024年9月20日) was glued to
    its headline's first line (the Word file) or was the title itself (the PDF); the headline's second part, the
    quoted plan's title, was a clause, or ran on into the first paragraph."""
    doc = ingest_file(BLIND / name).documents[0]
    assert doc.title == BRIEFING
    assert doc.issuing_mark == "湖南省商务厅新闻稿" and doc.published == "2024-09-20"


@pytest.mark.parametrize("path", ["blind141/blind141_fabuhui.docx", "blind141/blind141_fabuhui.pdf",
                                  "blind46/blind46_fabuhui.pdf"])
def test_a_transcript_is_dated_by_the_day_it_was_held(path: str) -> None:
    """Regression: a transcript under its 时间：2024年9月12日（星期四）上午10:00 line had no date at all (round 46's too)."""
    day = {"blind141": "2024-09-12", "blind46": "2024-05-16"}[path.split("/")[0]]
    assert ingest_file(DATA / "office" / path).documents[0].signed == day
