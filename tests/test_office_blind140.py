"""Policy documents drafted in an online office suite (飞书, 腾讯文档) and exported to Word and PDF — Heading styles
with or without numbering, callout boxes as shaded one-cell tables, checklists, emoji section marks, comments and a
suggestion left in, an export footer — written by someone who had not read the reader (tests/data/office/blind140,
made by make_blind140.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.paragraphs import ASKED
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind140"


@pytest.mark.parametrize("name", ["blind140_ningbo_faq.docx", "blind140_ningbo_faq.pdf"])
def test_an_faqs_questions_close_the_list_above(name: str) -> None:
    """Regression: the FAQ's questions (Q1：…？ to Q7：…？, set as headings with no number) did not close the list of
    Q1's answer, so its item 3. was the path of everything after it (the support table, Q5, Q6: about 30 clauses): an
    FAQ's Q1： opens a question as 问： does."""
    parsed = ingest_file(BLIND / name)
    row = next(c for c in parsed.clauses if c.kind == "table_row")
    assert not any(p.startswith("3.") for p in row.path)
    assert not any(p.startswith("3.") for c in parsed.clauses if "Q6" in c.text for p in c.path)


def test_an_faqs_question_and_answer_marks() -> None:
    assert ASKED.match("Q1：哪些企业可以申报？") and ASKED.match("Ｑ２：专项资金支持哪些事项？")
    assert not ASKED.match("QFLP试点扩容") and not ASKED.match("Q&A")
