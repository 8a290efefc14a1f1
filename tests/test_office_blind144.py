"""PDFs whose text layer is not what the eye reads — blocks drawn out of reading order, a title drawn as outlines,
a form whose filled-in values sit in its fields — written by someone who had not read the reader
(tests/data/office/blind144, made by make_blind144.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind144"


def test_a_forms_filled_in_values() -> None:
    """Regression: every value filled into the form's fields (申报单位, 286.00万元 asked, the review's opinion, the ticked
    check boxes) was lost without a word, the clauses bare labels: a field's value is read where it stands, a check box
    as ☑ or ☐ before its label."""
    rows = [c.text for c in ingest_file(BLIND / "blind144_wuhan_form.pdf").clauses if c.kind == "table_row"]
    assert "申报单位（盖章）：武汉楚贸通供应链管理有限公司" in rows
    assert any("申请补助金额（万元）：286.00" in r for r in rows)
    assert any("☑ 跨境物流企业" in r and "☐ 跨境电商企业" in r for r in rows)
    assert any(r.startswith("经济发展局初审意见：经初审") for r in rows)


def test_blocks_drawn_out_of_order_read_in_order() -> None:
    """Found right: the blocks of the 福建 notice drawn in a scrambled order (the 版记 first, the title's last line first,
    one character at a time) read as the eye reads them."""
    parsed = ingest_file(BLIND / "blind144_fujian_scrambled.pdf")
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "闽商务自贸〔2024〕17号"
    assert (doc.effective, doc.expires) == ("2024-05-01", "2026-12-31")
