"""Government pages from content-management systems not tried before (tests/data/office/blind253, made by
make_blind253.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind253"


def test_an_article_written_into_its_frame_is_read() -> None:
    """Regression: the page's whole article sits in <iframe srcdoc="…">: all seventeen clauses, its 文号 and dates were
    lost (only the site's footer was read)."""
    parsed = ingest_file(BLIND / "blind253_guangxi_tongzhi.html")
    (doc,) = parsed.documents
    assert doc.doc_number is not None and doc.doc_number.text == "桂商电发〔2024〕9号"
    assert len([c for c in parsed.clauses if c.kind in ("item", "paragraph")]) >= 15
