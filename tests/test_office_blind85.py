"""Notices whose attachments are forms and templates (a 申报指南, a 申报表 with blank cells and checkboxes, a 信用承诺书
with blanks), as .docx and LibreOffice PDF, by someone who had not read the reader (tests/data/office/blind85,
made by make_blind85.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind85"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_imprint_between_the_signature_and_the_attachments_is_the_imprint(suffix: str) -> None:
    """Regression: a 版记 printed after the 落款 and before 附件1 (抄送：… / …办公室　2024年5月21日印发) was read as
    two clauses of the last item, and the notice had no 抄送 and no 印发 office."""
    parsed = ingest_file(BLIND / f"blind85_ningbo_notice.{suffix}")
    (doc,) = parsed.documents
    assert (doc.cc, doc.printed_by) == ("市财政局，市市场监管局。", "宁波市商务局办公室")
    assert not any(c.text.startswith("抄送") or c.text.endswith("印发") for c in parsed.clauses)
    assert any(c.text.startswith("一、申报材料") for c in parsed.clauses)  # the attachment is still read
