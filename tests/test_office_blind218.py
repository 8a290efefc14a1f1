"""政府信息公开 pages whose record gives the document's status — in force, repealed, revised, expired (tests/data/office/
blind218, made by make_blind218.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind218"


def test_a_page_that_marks_its_document_repealed_ends_its_term() -> None:
    """Regression: a page whose record says 有效性：已废止, 废止日期：2025-03-01 (and 本文件已于2025年3月1日废止。 over the
    text) read as in force until 2026-07-31, the end of the term its text sets."""
    (doc,) = ingest_file(BLIND / "blind218_xiamen.html").documents
    assert doc.expires == "2025-02-28"


def test_a_scheduled_end_in_a_record_of_a_document_in_force_is_no_repeal() -> None:
    """The record of a document still in force (有效性：有效) gives its 废止日期 as the last day of its term: the term its
    text sets (自2024年9月1日起施行，有效期3年) stands."""
    (doc,) = ingest_file(DATA / "office" / "blind202" / "blind202_xiamen_cuoshi.html").documents
    assert doc.expires == "2027-08-31"


def test_articles_that_open_with_their_zones_apply_there() -> None:
    """Regression: 第六条 南宁片区内的南宁综合保税区、钦州港片区内的… applied in all three 片区 (南宁综合保税区、钦州港片区
    was read as two 片区 sharing the word, 南宁综合保税区片区 unknown), and 第七条 崇左片区凭祥综合保税区与… (a place
    inside the 片区 after its name) too."""
    clauses = {c.label: c for c in ingest_file(BLIND / "blind218_guangxi.html").clauses}
    zone = "中国（广西）自由贸易试验区"
    assert clauses["第六条"].applies_to == (f"{zone}南宁片区", f"{zone}钦州港片区")
    assert clauses["第七条"].applies_to == (f"{zone}崇左片区",)
