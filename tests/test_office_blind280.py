"""Red-header 公文 whose 版头 and seals are pictures or drawings — written by someone who had not read the reader
(tests/data/office/blind280, made by make_blind280.py)."""

from __future__ import annotations

from bri_kb.ingest.readers import read_document
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind280"


def test_a_seal_drawn_as_text_around_its_ring_is_no_text() -> None:
    """Regression: a red seal drawn over the 落款 with its organ's name set character by character around the ring
    (each character turned its own way) was read into the text: four clauses of 广西壮西族自治区商务务厅,
    20广24年4月12厅日 …, the 落款 and its date lost (no 成文日期)."""
    parsed = ingest_file(BLIND / "blind280_guangxi_tongzhi.pdf")
    (doc,) = parsed.documents
    assert doc.signed == "2024-04-12" and doc.issuers == ("广西壮族自治区商务厅",)
    signature = [c.text for c in parsed.clauses if c.kind == "signature"]
    assert signature == ["广西壮族自治区商务厅", "2024年4月12日"]
    assert not any("壮西" in c.text or "务务" in c.text for c in parsed.clauses)
    assert ("seal_text", 1) in read_document(BLIND / "blind280_guangxi_tongzhi.pdf").left_out
