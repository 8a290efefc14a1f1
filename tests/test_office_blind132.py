"""A policy briefing's slides as they are shared — the .pptx, the PDF Impress makes of it, and its notes pages as a PDF
— written by someone who had not read the reader (tests/data/office/blind132, made by make_blind132.py). What this
round found wrong in the slides' PDF is left (docs/quality.md); these tests hold what it found right."""

from __future__ import annotations

import pytest

from bri_kb.errors import IngestError
from bri_kb.ingest.readers import read_document
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind132"


def test_a_slide_deck_is_refused_in_chinese_with_what_to_do() -> None:
    """A .pptx is no file the reader takes: it says so in Chinese and says to save it as PDF."""
    with pytest.raises(IngestError, match="演示文稿，请另存为 PDF 再导入"):
        read_document(BLIND / "blind132_hunan_kejian.pptx")


def test_the_notes_pages_of_a_deck_read_as_an_explanation() -> None:
    """The notes pages' PDF: the 解读's title, its organ and its day from the title slide, no 文号 of its own (the one it
    explains, 湘政办发〔2025〕9号, is another document's), and the table of measures as rows with their fields."""
    parsed = ingest_file(BLIND / "blind132_hunan_notes.pdf")
    doc = parsed.documents[0]
    assert doc.title == "《关于支持中国（湖南）自由贸易试验区高质量发展的若干措施》政策解读"
    assert doc.issuers == ("湖南省商务厅",) and doc.published == "2025-03-18" and doc.doc_number is None
    rows = [c.fields for c in parsed.clauses if c.kind == "table_row" and "措施" in c.fields]
    assert any(r["措施"] == "首创性制度创新奖励" and "4月1日" in r.get("申报时间", "") for r in rows)


def test_the_slides_pdf_reads_as_an_explanation_not_as_one_table() -> None:
    """Regression: in the slides' PDF (Impress, 16:9) each slide was one table row, the white background of the page
    and the master's rule read as a table's ruling: the title ran into the organ, the date and the footer, and the
    document had no issuer or date. A box as large as the page is no table's ruling; a bullet set apart from its text
    is a list's, not a table's column: each bullet is a clause with the lines under it."""
    parsed = ingest_file(BLIND / "blind132_hunan_kejian.pdf")
    doc = parsed.documents[0]
    assert doc.title == "《关于支持中国（湖南）自由贸易试验区高质量发展的若干措施》政策解读"
    assert doc.issuers == ("湖南省商务厅",) and doc.published == "2025-03-18"
    texts = [c.text for c in parsed.clauses]
    assert "• 支持对非贸易新业态– 对开展对非易货贸易、非洲非资源性产品进口的企业，按年度进口额的1%给予补助，单个企业最高" \
           "300万元" in texts
    row = next(c for c in parsed.clauses if c.kind == "table_row" and c.fields.get("措施") == "总部企业落户奖励")
    assert row.fields["申报时间"] == "常年受理"
    assert not any(c.kind == "table_row" and "•" in c.text for c in parsed.clauses)
