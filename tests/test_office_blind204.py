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


def test_a_page_heading_several_numbered_notices_titles_the_first_by_its_own_title() -> None:
    """Regression: a 海关 page headed 乌鲁木齐海关2025年第1—3号公告 gave its heading to the first 公告, whose own title
    and number line became clauses."""
    first, *rest = ingest_file(BLIND / "blind204_wulumuqi_gonggao.html").documents
    assert first.title == "乌鲁木齐海关关于2025年春节期间关区陆路口岸通关安排的公告"
    assert first.doc_number is not None and first.doc_number.text == "乌鲁木齐海关公告2025年第1号"
    assert len(rest) == 2


def test_steps_numbered_inside_an_answer_stay_under_its_question() -> None:
    """Regression: answer 7's <ol> steps were numbered 1. 2. 3. as the questions are, so they read as questions 1–3
    again (labels 1.第2处 …, no path) instead of the steps of 7.企业如何申报？"""
    steps = [c for c in ingest_file(BLIND / "blind204_qinzhou_wenda.html").clauses if "核验" in c.text or "公示5个" in c.text]
    assert steps and all(c.path == ("7.企业如何申报？",) for c in steps)
    assert [c.label for c in steps] == ["（2）", "（3）"]


def test_a_rule_a_decree_made_is_numbered_by_the_decree() -> None:
    """Regression: a 规章 published by 云南省人民政府令（第231号） had no 文号; it is cited by its 令's number."""
    (doc,) = ingest_file(BLIND / "blind204_yunnan_guizhang.html").documents
    assert doc.doc_number is not None and doc.doc_number.text == "云南省人民政府令第231号"
    assert (doc.doc_number.issuer_code, doc.doc_number.serial, doc.doc_number.year) == ("云南省人民政府令", "231", 2024)
