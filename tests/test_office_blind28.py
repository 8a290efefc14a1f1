"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind28, made by make_blind28.py): a 商务厅 page
in GBK with its record table and a 政策兑现 table, a 会议通知 with a 回执 form,
and a 新疆 plan in parts with a 专栏 box (PDF)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind28"


def test_a_pages_record_gives_its_number_not_a_document_it_quotes() -> None:
    """Regression: the 文号 was taken from the first paragraph, which quotes 赣府厅字〔2023〕45号; the page's
    record (文　　号：赣商务外贸字〔2024〕112号) gives its own."""
    doc = ingest_file(BLIND / "blind28_zoom_page.html").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "赣商务外贸字〔2024〕112号"


def test_a_tables_caption_row_is_no_row_and_its_header_names_the_cells() -> None:
    """Regression: the caption set in the table's first row (one cell across it) was taken for the header, so
    the two header rows were rows and the data rows carried no column names."""
    clauses = ingest_file(BLIND / "blind28_zoom_page.html").clauses
    texts = [c.text for c in clauses]
    assert "2024年度支持企业开拓共建“一带一路”市场政策兑现标准" in texts
    rows = [c.text for c in clauses if c.kind == "table_row"]
    assert len(rows) == 4
    assert "支持标准／一般企业：展位费的50%" in rows[0] and "支持标准／重点企业：展位费的70%" in rows[0]


def test_a_sentence_carried_over_a_page_of_smaller_boxed_text_is_whole() -> None:
    """Regression: "…比重稳定在40%" / (page break) "以上，…": the next page's 14 pt 专栏 set its body size, so
    its first, 16 pt line was taken for a heading and cut the sentence (and the figure) in two."""
    texts = [c.text for c in ingest_file(BLIND / "blind28_xinjiang_plan.pdf").clauses]
    assert any("比重稳定在40%以上，中国（新疆）自由贸易试验区形成一批" in t for t in texts)
    assert not any(t.startswith("以上，") for t in texts)
