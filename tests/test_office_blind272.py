"""The full 版头 of red-header 公文 (a joint 通知 of four organs, a 报告 with its 签发人, a 省政府令, a 函 in 信函格式)
— written by someone who had not read the reader (tests/data/office/blind272, made by make_blind272.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.marks import signatories
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind272"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_three_character_signer_beside_a_spaced_two_character_one(suffix: str) -> None:
    """Regression: 签发人：张国栋　李　谦 (the two-character name padded with a full-width space, as offices set it)
    gave three signers, 张国栋、李、谦."""
    (doc,) = ingest_file(BLIND / f"blind272_lianyungang_baogao{suffix}").documents
    assert doc.signatory == "张国栋、李谦"


def test_signers_as_offices_space_them() -> None:
    assert signatories("王　勇") == "王勇"
    assert signatories("韩　杰 孟　刚") == "韩杰、孟刚"
    assert signatories("张国栋　李　谦") == "张国栋、李谦"
    assert signatories("李　谦　张国栋") == "李谦、张国栋"
