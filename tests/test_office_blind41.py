"""Word documents with the structure offices give them, and their PDFs, by
someone who had not read the reader (tests/data/office/blind41, made by
make_blind41.py): a 分工方案 table with merged cells in a landscape section,
and a 实施细则 with a cover, a typed 目录 and a header per section."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind41"
TITLE = "昆明市支持中国（云南）自由贸易试验区昆明片区跨境贸易投资高质量发展实施细则"


def test_a_cover_title_over_three_lines_is_the_title() -> None:
    """Regression: the PDF's cover title, wrapped over three lines, was cut after its first; the rest of it
    and the title printed again over the body (wrapped in two other places) were two clauses."""
    parsed = ingest_file(BLIND / "blind41_kunming_xize.pdf")
    (doc,) = parsed.documents
    assert doc.title == TITLE
    assert parsed.clauses[0].text.replace(" ", "") == "第一章总则"
    assert not [c for c in parsed.clauses if "高质量发展实施细则" in c.text and c.kind.value == "paragraph"]
    assert (doc.effective, doc.expires) == ("2025-01-01", "2027-12-31")


def test_the_cover_reads_as_the_word_file_does() -> None:
    docx, pdf = (ingest_file(BLIND / f"blind41_kunming_xize.{x}") for x in ("docx", "pdf"))
    assert docx.documents[0].title == pdf.documents[0].title == TITLE
    assert [c.label for c in docx.clauses] == [c.label for c in pdf.clauses]
