"""Word documents with features offices use: footnotes, automatic numbering, text boxes, comments, tracked changes
(tests/data/office/blind236, made by make_blind236.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind236"


def test_an_addressee_line_in_a_text_box_is_the_documents() -> None:
    """Regression: the 主送 set in a floating text box anchored in the first paragraph was read after that paragraph,
    a paragraph of the text (第2段), and the notice had no addressees."""
    parsed = ingest_file(BLIND / "blind236_tianjin_tongzhi.docx")
    (doc,) = parsed.documents
    assert doc.addressees == "各区人民政府，市政府各委、局，各直属单位"
    assert not [c for c in parsed.clauses if c.text.startswith("各区人民政府，市政府各委")]
