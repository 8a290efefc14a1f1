"""Typography offices use that extraction finds hard (Word's character spacing on titles, 版头 and 落款, full-width
figures, ①②③, a title typed spaced out, 附注 in text boxes), as .docx and LibreOffice PDF, by someone who had not
read the reader (tests/data/office/blind106, made by make_blind106.py)."""

from __future__ import annotations

import pytest

from bri_kb.vocabulary import parse_doc_number
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind106"


@pytest.mark.parametrize(("stem", "number"), [("blind106_nanning_notice", "南自贸管发〔2024〕12号"),
                                              ("blind106_guangxi_request", "桂商贸报〔2024〕48号"),
                                              ("blind106_nanning_meeting", "南商务函〔2024〕65号")])
@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_doc_number_typed_in_full_width_figures(stem: str, number: str, suffix: str) -> None:
    """Regression: 南自贸管发〔２０２４〕１２号 was no 文号, so the 版头, the number and the title ran together into the
    title (or the number was the first clause); the document had no 文号."""
    parsed = ingest_file(BLIND / f"{stem}.{suffix}")
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == number
    assert number not in doc.title and not any(c.text.translate(str.maketrans("０１２３４５６７８９", "0123456789")) == number
                                               for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_title_typed_spaced_out(suffix: str) -> None:
    """Regression: a title typed 通　　知 read 通 知."""
    assert ingest_file(BLIND / f"blind106_nanning_meeting.{suffix}").documents[0].title == "通知"


def test_parse_doc_number_reads_full_width_figures() -> None:
    dn = parse_doc_number("南自贸管发〔２０２４〕１２号")
    assert dn is not None and (dn.text, dn.year, dn.serial) == ("南自贸管发〔2024〕12号", 2024, "12")
