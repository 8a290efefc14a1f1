"""Long documents as provincial offices print them (a 10-page 实施方案 with footnotes and a 3-page 分工表 whose rows
break across pages, a 40-article 管理办法 whose articles cross page breaks), as .docx and LibreOffice PDF, by
someone who had not read the reader (tests/data/office/blind97, made by make_blind97.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind97"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_footnote_follows_the_paragraph_that_cites_it(suffix: str) -> None:
    """Regression (PDF): a page's footnotes were set after the paragraph the page break cut on the next page, so
    注3, cited in item 8, followed item 11; they now follow the paragraph whose mark (³) cites them, as in Word."""
    clauses = ingest_file(BLIND / f"blind97_zhejiang_fangan.{suffix}").clauses
    labels = [c.label for c in clauses]
    three = next(n for n, c in enumerate(clauses) if c.text.startswith("注3："))
    assert labels[three - 1] == "8." and labels[three] == "8.注"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_item_for_a_zone_that_it_supports_to_do_something_applies_there(suffix: str) -> None:
    """Regression: 6.做强义新欧中欧班列品牌。支持金义片区优化… applied province-wide (支持…片区 followed by a verb the
    rule did not list: 优化, 拓展, 打造 …), while 支持杭州片区建设… was narrowed."""
    clauses = ingest_file(BLIND / f"blind97_zhejiang_fangan.{suffix}").clauses
    six = next(c for c in clauses if c.label == "6.")
    assert six.applies_to == ("中国（浙江）自由贸易试验区金义片区",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_forty_articles_over_page_breaks_are_whole(suffix: str) -> None:
    parsed = ingest_file(BLIND / f"blind97_fujian_banfa.{suffix}")
    articles = [c for c in parsed.clauses if c.kind == "article"]
    assert len(articles) == 40 and all("—" not in c.text[-6:] for c in articles)
    (doc,) = parsed.documents
    assert (doc.effective, doc.expires) == ("2024-08-01", "2029-07-31") and "闽商务合作〔2019〕15号" in doc.repeals
