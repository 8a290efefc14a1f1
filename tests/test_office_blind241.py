"""National-level pages saved from the browser (tests/data/office/blind241, made by make_blind241.py by someone who had
not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind241"


def test_a_record_set_as_bracketed_labels_is_no_text() -> None:
    """Regression: a ministry's page prints its record as 【发布单位】…, 【发布文号】…, 【发文日期】… lines over the text,
    and the 文号 again centred under the title: all four were paragraphs of the 公告, the first two joined."""
    parsed = ingest_file(BLIND / "blind241_shangwubu_gonggao.html")
    (doc,) = parsed.documents
    assert doc.doc_number is not None and doc.doc_number.text == "商务部公告2025年第76号"
    assert (doc.issuers, doc.signed) == (("商务部",), "2025-12-18")
    assert not [c for c in parsed.clauses if c.text.startswith("【") or c.text == "商务部公告2025年第76号"]
