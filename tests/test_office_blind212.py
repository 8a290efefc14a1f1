"""Documents of the 粤港澳 zones — a 横琴 办法 with a 繁體 article, a 前海 申报通知, a 南沙 若干措施, a 深圳 转发 notice
(tests/data/office/blind212, made by make_blind212.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind212"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_addressees_ending_with_a_bracketed_office(suffix: str) -> None:
    """Regression: a 主送 line ending …管委会各局（办）： was not taken for one, so it was the text's first paragraph."""
    parsed = ingest_file(BLIND / f"blind212_nansha_cuoshi.{suffix}")
    (doc,) = parsed.documents
    assert doc.addressees is not None and doc.addressees.endswith("南沙开发区（自贸区南沙片区）管委会各局（办）")
    assert not any(c.text.endswith("各局（办）：") for c in parsed.clauses)


def test_a_signature_alone_on_a_last_page_over_the_imprint() -> None:
    """Regression: the forwarded notice's 落款 fell to the last page, set larger than the 版记 there, so its organ,
    its date and the （联系人：…） under them were joined like a heading's wrapped lines into one clause of 三、（二）;
    the notice had no date."""
    parsed = ingest_file(BLIND / "blind212_shenzhen_zhuanfa.pdf")
    forwarded = parsed.documents[1]
    assert forwarded.signed == "2025-02-18"
    assert forwarded.remarks == "（联系人：陈慧敏，联系电话：020-38819266）"
    assert [c.text for c in parsed.clauses if c.kind == "signature" and c.doc_id == forwarded.doc_id][:2] == [
        "广东省商务厅", "2025年2月18日"]
