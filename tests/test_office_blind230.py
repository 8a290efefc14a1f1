"""The most ordinary documents of 华北 and 西北 provincial offices — a 通知 printing its 办法, a 工作要点, a 公告 with its
term, a 函 (tests/data/office/blind230, made by make_blind230.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind230"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_delegations_term_is_the_announcements(suffix: str) -> None:
    """Regression: a 公告 delegating powers to the 片区 (…自2024年7月1日起施行，委托期限至2027年6月30日) had no expiry."""
    (doc,) = ingest_file(BLIND / f"blind230_xinjiang_gonggao{suffix}").documents
    assert (doc.effective, doc.expires) == ("2024-07-01", "2027-06-30")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_closing_formula_is_no_signature(suffix: str) -> None:
    """Regression: 特此公告。 was the 落款 and the organ that signs 落款第2处, while 特此函复。 was a paragraph: the
    closing formula is a paragraph of its own, under no item, and the 落款 is the organ's."""
    parsed = ingest_file(BLIND / f"blind230_xinjiang_gonggao{suffix}")
    # (a paragraph of its own, no 落款; since round 290 the closing formula alone is no clause, but left out, counted)
    assert not any(c.text == "特此公告。" for c in parsed.clauses) and parsed.report.removed.get("closing_formula") == 1
    signed = next(c for c in parsed.clauses if c.label == "落款")
    assert signed.text.startswith("新疆维吾尔自治区商务厅")
