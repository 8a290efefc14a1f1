"""Word files that carry their tables as embedded objects — a worksheet pasted from Excel as an OLE object (its
picture in the page), a Word document embedded as an attachment — and their PDFs, written by someone who had not read
the reader (tests/data/office/blind133, made by make_blind133.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind133"


def test_a_worksheet_embedded_in_a_word_file() -> None:
    """Regression: 附件1's 资金分配表, an Excel worksheet embedded as an object (word/embeddings/…xlsx), gave no clause and
    no word in the report: its rows are read where it stands, under 附件1."""
    rows = [c for c in ingest_file(BLIND / "blind133_xian_notice.docx").clauses if c.kind == "table_row"]
    assert any("未央区" in c.text for c in rows)
    assert any(c.text.startswith("序号：合计") for c in rows)


def test_a_word_document_embedded_as_the_attachment() -> None:
    """Regression: the measures the notice carries, a Word document embedded as an object, were lost without a word (6
    clauses of 20), and with them their period (有效期至2026年12月31日)."""
    parsed = ingest_file(BLIND / "blind133_qinzhou_notice.docx")
    assert any(c.text.startswith("一、支持海铁联运班列加密开行") for c in parsed.clauses)
    assert any(c.kind == "table_row" and c.fields.get("补贴事项") == "海铁联运班列" for c in parsed.clauses)
    assert parsed.documents[0].expires == "2026-12-31"
