"""A long 规章 as a Word-made PDF whose running headers change from page to page (the chapter's name on odd
pages, the rule's short title on even ones), with its 令 page and a 目录, and a short municipal notice whose last
page holds only its signature, by someone who had not read the reader (tests/data/office/blind80, made by
make_blind80.py)."""

from __future__ import annotations

import pytest

from bri_kb.model import Kind
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind80"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_chapters_name_in_the_page_header_over_its_heading_is_no_second_heading(suffix: str) -> None:
    """Regression: in the PDF, a chapter starting on an odd page, whose header prints the chapter's name right
    above the same heading, had two headings (第三章第2处 and 第三章)."""
    parsed = ingest_file(BLIND / f"blind80_hunan_guizhang.{suffix}")
    headings = [c.label for c in parsed.clauses if c.kind == Kind.HEADING and c.label.startswith("第")]
    assert [h for h in headings if "章" in h] == ["第一章", "第二章", "第三章", "第四章", "第五章", "第六章"]
    articles = [c.label for c in parsed.clauses if c.kind == Kind.ARTICLE]
    assert len(articles) == 24 and articles[-1] == "第二十四条"


def test_a_signature_alone_atop_the_last_page_is_not_taken_for_a_running_header() -> None:
    """Regression: the organ signing atop page 2 (郴州市人民政府办公室, its date under it) repeats the 版头 and stood
    under page 1's number, so it was dropped as the 版头 printed again."""
    parsed = ingest_file(BLIND / "blind80_chenzhou_tongzhi.pdf")
    assert [(c.kind, c.text) for c in parsed.clauses][-2:] == [
        (Kind.SIGNATURE, "郴州市人民政府办公室"), (Kind.SIGNATURE, "2024年11月20日")]
    assert parsed.report.removed.get("running_header") == 2  # (the 文号 each page prints atop it, no more)
