"""Documents that extend, suspend or postpone others, with those others, by someone who
had not read the reader (tests/data/office/blind63, made by make_blind63.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.metadata import dates_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind63"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_another_documents_old_end_is_not_the_notices_own(suffix: str) -> None:
    """Regression: the extension notice expired on 2024-06-30, the old end of 湘政办发〔2021〕35号 that its
    item 二 quotes (原定有效期至2024年6月30日，继续执行至2025年12月31日)."""
    (doc,) = ingest_file(BLIND / f"blind63_hunan_yanchang.{suffix}").documents
    assert (doc.effective, doc.expires) == ("2024-03-25", None)


def test_a_documents_own_period_is_still_read() -> None:
    assert dates_of({}, ["本办法自2024年7月1日起施行，有效期至2026年6月30日。"]).expires == "2026-06-30"
    said = dates_of({}, ["《若干措施》原定有效期至2024年6月30日，继续执行至2025年12月31日。"])
    assert said.expires is None
