"""Pages of 商务厅 and city sites — a notice with its 实施细则 converted from Word on the page, a page whose text is an
unsaved PDF, a 专题 list of notices, a news page reprinting a notice (tests/data/office/blind220, made by
make_blind220.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind220"


def test_a_record_set_as_a_list_of_labelled_items() -> None:
    """Regression: a record box of <li><span>成文日期</span>2024-11-05</li> items was read as nine clauses (each label
    glued to its value) and gave no date; its 有效期 row still gives the term."""
    parsed = ingest_file(BLIND / "blind220_qingdao_pdf.html")
    (doc,) = parsed.documents
    assert doc.signed == "2024-11-05" and doc.published == "2024-11-12"
    assert (doc.effective, doc.expires) == ("2024-12-01", "2026-11-30")
    assert not any(c.text.startswith(("索引号", "成文日期", "主题分类")) for c in parsed.clauses)
