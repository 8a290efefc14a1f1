"""Documents of vertically managed offices — a 厦门海关 公告 with a 监管场所 list, a 海南省税务局 公告 with a form, a 外汇局
青岛市分局 通知 with an 操作指引, a 钦州海事局 通航管制 通告 (tests/data/office/blind209, made by make_blind209.py by
someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind209"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_organs_notice_mark_over_its_number_is_no_title(suffix: str) -> None:
    """Regression: a 海事局's 版头 (中华人民共和国钦州海事局 / 通　告, over 钦海通〔2024〕23号; one line in the PDF) was
    taken for the title, and the real title (关于…的通告) became two clauses; 特此通告。 was a paragraph of item 八、."""
    parsed = ingest_file(BLIND / f"blind209_qinzhou_msa.{suffix}")
    (doc,) = parsed.documents
    assert doc.title == "关于钦州港东航道扩建工程（二期）施工期间实施通航管制的通告"
    assert doc.issuing_mark == "中华人民共和国钦州海事局通告"
    assert not any("施工期间实施通航管制的通告" in c.text for c in parsed.clauses)
    # (its own line, under no item; since round 230 no 落款 either, and since round 290 no clause: left out, counted)
    assert not any("特此通告" in c.text for c in parsed.clauses) and parsed.report.removed.get("closing_formula") == 1


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_notice_in_force_until_a_day_its_last_item_names(suffix: str) -> None:
    """Regression: 本公告自2024年4月1日起施行，适用于…，执行至2027年12月31日 gave no expiry."""
    (doc,) = ingest_file(BLIND / f"blind209_hainan_tax.{suffix}").documents
    assert (doc.effective, doc.expires) == ("2024-04-01", "2027-12-31")


def test_page_numbers_on_landscape_pages_are_counted() -> None:
    """Regression: the report counted 4 page numbers of 6; those the margin dropped on the landscape pages were left
    out without a word."""
    assert ingest_file(BLIND / "blind209_xiamen_customs.pdf").report.removed == {"page_number": 6, "closing_formula": 1}
