"""Policy pages saved as PDF from a browser — a 商务部 海关总署 notice's web page and a province's 政策解读 page, each
kept as .html and printed by Chromium with and without the browser's header and footer — written by someone who had
not read the reader (tests/data/office/blind125, made by make_blind125.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind125"


@pytest.mark.parametrize("name", ["blind125_sichuan_jiedu.pdf", "blind125_sichuan_jiedu_browser.pdf"])
def test_a_page_printed_from_a_browser_keeps_its_paragraphs(name: str) -> None:
    """Regression: the site's header and navigation, printed left of the text, set the page's left edge, so every
    line of the text read as indented and each wrapped line became a paragraph (1.…到2027年铁 / 路提单融资规模…)."""
    clauses = ingest_file(BLIND / name).clauses
    first = next(c for c in clauses if c.label == "1.")
    assert "到2027年铁路提单融资规模累计达到50亿元。" in first.text
    assert not any(c.text.startswith("路提单") for c in clauses)


@pytest.mark.parametrize("name", ["blind125_mofcom_notice.pdf", "blind125_mofcom_notice_browser.pdf"])
def test_a_notice_under_its_sites_record_grid(name: str) -> None:
    """Regression: the 信息公开 grid printed with colons and spaced labels (名　称：｜…｜｜) was not read as the site's
    record, and became a document of its own, while the notice (its 文号 on a line of its own between its title and
    the 发布时间 line) was titled by its 文号 and had none."""
    docs = ingest_file(BLIND / name).documents
    assert len(docs) == 1
    assert docs[0].title == "商务部 海关总署关于支持自由贸易试验区深化“一带一路”经贸合作若干措施的通知"
    assert docs[0].doc_number is not None and docs[0].doc_number.text == "商自贸发〔2024〕217号"


def test_a_national_notice_whose_table_names_some_zones_applies_in_all() -> None:
    """Regression: one row's 试点区域 (重庆、四川、陕西…) made the whole notice apply in those nine zones alone, so
    `--where 天津` hid its other measures: where a document applies is said in its text, not in a row of its table."""
    clauses = ingest_file(BLIND / "blind125_mofcom_notice.html").clauses
    first = next(c for c in clauses if c.label == "（四）")
    assert "中国（天津）自由贸易试验区" in first.applies_to and len(first.applies_to) > 9


def test_an_item_for_the_cities_of_a_reform_area() -> None:
    """Regression: 4.…对德阳、绵阳、宜宾、内江等协同改革先行区… applied in all 四川: those cities are where it applies."""
    clause = next(c for c in ingest_file(BLIND / "blind125_sichuan_jiedu.html").clauses if c.label == "4.")
    assert clause.applies_to == ("德阳市", "绵阳市", "宜宾市", "内江市")


def test_an_item_that_builds_up_one_zone_area() -> None:
    """Regression: 3.建设川南临港片区港口型物流枢纽。… applied in all 四川 (建设X片区… narrows as 支持X片区 does)."""
    clause = next(c for c in ingest_file(BLIND / "blind125_sichuan_jiedu.html").clauses if c.label == "3.")
    assert clause.applies_to == ("中国（四川）自由贸易试验区川南临港片区",)
