"""Ordinary pages of four more sites — a 规章 page, a page of <br><br> paragraphs, a 海关 page of three 公告, a 政策问答
of <dt> questions and <dd> answers (tests/data/office/blind204, made by make_blind204.py by someone who had not read
the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind204"


def test_questions_and_answers_as_a_list_of_terms_are_apart() -> None:
    """Regression: an answer given as bare text in its <dd> ran on into the next <dt> question (…200万元。 4.海铁联运…
    是多少？), so questions 4, 6 and 10 had no clause of their own."""
    parsed = ingest_file(BLIND / "blind204_qinzhou_wenda.html")
    asked = [c for c in parsed.clauses if c.kind == "item" and c.text.split("\n")[0].endswith("？")]
    assert [c.label for c in asked][:10] == [f"{n}." for n in range(1, 11)]
    third = next(c for c in asked if c.label == "3.")
    assert "4.海铁联运" not in third.text


def test_a_projects_period_is_not_the_notices_term() -> None:
    """Regression: a 申报通知's condition 申报项目实施期为2024年1月1日至2024年12月31日 was read as the notice's own term
    (effective 2024-01-01, expiring 2024-12-31, before the notice was even signed)."""
    (doc,) = ingest_file(BLIND / "blind204_qingdao_shenbao.html").documents
    assert doc.effective is None and doc.expires is None
