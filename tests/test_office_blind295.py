"""Word files typed the old way (a hard return at each printed line, titles centred with spaces, tab-stop lists,
numbers skipped or repeated) — written by someone who had not read the reader (tests/data/office/blind295, made by
make_blind295.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.metadata import iso_date
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind295"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_date_in_chinese_numerals_typed_with_spaces_is_the_documents_date(suffix: str) -> None:
    """Regression: 二〇二五年　五月　十二日 under the 落款 (its parts spaced by hand) was no date: the notice had none."""
    notice = ingest_file(BLIND / f"blind295_chenzhou_banfa{suffix}").documents[0]
    assert notice.signed == "2025-05-12"


def test_spaced_chinese_numeral_dates() -> None:
    assert iso_date("二〇二五年 五月 十二日") == "2025-05-12"
    assert iso_date("二〇二五年\u3000十二月\u3000一日") == "2025-12-01"
