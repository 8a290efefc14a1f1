"""The most ordinary red-header 公文 of 2026 from offices not tried often (宁夏 发展改革委 with 商务厅, 赣州 商务局, 乌鲁木齐
海关, 义乌 市政府办公室) — written by someone who had not read the reader (tests/data/office/blind300, made by
make_blind300.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind300"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_autonomous_regions_organ_named_short_in_the_title_is_named_as_it_signs(suffix: str) -> None:
    """Regression: 自治区发展改革委 自治区商务厅关于… under the joint 落款 (宁夏回族自治区发展和改革委员会　宁夏回族自治区商务厅,
    one line) gave the first organ by its title's short name, the second in full."""
    notice = ingest_file(BLIND / f"blind300_ningxia_tongzhi{suffix}").documents[0]
    assert notice.issuers == ("宁夏回族自治区发展和改革委员会", "宁夏回族自治区商务厅")
