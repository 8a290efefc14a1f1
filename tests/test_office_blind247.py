"""PDFs whose pages are not simple portrait text (tests/data/office/blind247, made by make_blind247.py by someone who
had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind247"


def test_a_table_printed_turned_on_a_portrait_page_is_read_as_laid_out() -> None:
    """Regression: the 附件's landscape table turned a quarter onto a portrait page (its text running upwards) came out
    as four rows of sideways, reversed text, rows and columns swapped; its nine rows were lost. Now read as on its
    landscape page: the same rows as the Word file's."""
    pdf = [c.text for c in ingest_file(BLIND / "blind247_xiamen_fangan.pdf").clauses if c.kind == "table_row"]
    word = [c.text for c in ingest_file(BLIND / "blind247_xiamen_fangan.docx").clauses if c.kind == "table_row"]
    assert len(pdf) == 9 and pdf == word
