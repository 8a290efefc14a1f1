"""Dates, numbers and foreign terms as offices write them, by someone who had not
read the reader (tests/data/office/blind50, made by make_blind50.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind50"


@pytest.mark.parametrize(("name", "dates"), [
    ("blind50_xian_banfa.docx", ("2024-07-15", "2024-07-15", "2025-07-14")),
    ("blind50_xian_banfa.pdf", ("2024-07-15", "2024-07-15", "2025-07-14")),
    ("blind50_suzhou_cuoshi.pdf", ("2024-09-30", "2024-10-01", "2026-12-31")),
    ("blind50_nanning_cuoshi.txt", ("2024-05-20", "2024-06-19", "2026-06-18")),
    ("blind50_chongqing_yijian.html", ("2024-06-03", "2024-07-01", "2027-06-30")),
])
def test_a_documents_days_however_they_are_written(name: str, dates: tuple[str, str, str]) -> None:
    """Regression: a signature dated 2024/7/15 or 2024.9.30 was no date (and was glued onto the last article);
    自印发之日起试行，试行期一年 and 自发布之日起30日后施行 gave no 施行 or end date."""
    parsed = ingest_file(BLIND / name)
    (doc,) = parsed.documents
    assert (doc.signed, doc.effective, doc.expires) == dates
    last = [c for c in parsed.clauses if c.kind.value != "signature"][-1]
    assert not any(ch in last.text.splitlines()[-1] for ch in "/") and "管理委员会" not in last.text.splitlines()[-1]


def test_figures_and_latin_words_are_kept_as_printed() -> None:
    texts = "\n".join(c.text for c in ingest_file(BLIND / "blind50_chongqing_yijian.html").clauses)
    assert "Silk Road E-commerce" in texts and "1,000" in texts
