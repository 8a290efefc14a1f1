"""惠企政策汇编 as 片区 and 开发区 offices make them (tests/data/office/blind238, made by make_blind238.py by someone who had
not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind238"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_compilations_preface_is_no_document(suffix: str) -> None:
    """Regression: the cover and the 编印说明 after it (为便于…，本汇编收录…) were a document of their own, the
    preface's paragraphs its clauses; they are the book's, left out and counted."""
    parsed = ingest_file(BLIND / f"blind238_xian_huibian{suffix}")
    assert len(parsed.documents) == 4
    assert not [d for d in parsed.documents if "汇编" in d.title]
    assert not [c for c in parsed.clauses if "本汇编" in c.text]
    assert parsed.report.removed["compilation_title"] >= 3
