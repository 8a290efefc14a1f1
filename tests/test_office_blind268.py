"""Notices with several 附件 of different kinds — a summary table, a 申报书, a 承诺书, a forwarded notice with its own
附件1-1, a 政策解读 and 常见问题 — written by someone who had not read the reader (tests/data/office/blind268, made by
make_blind268.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind268"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_forwarding_notice_titled_by_its_office_short_is_its_signers(suffix: str) -> None:
    """Regression: 市政府办公室转发市商务局关于…的通知 was issued by 市政府办公室转发市商务局 (the title's words up to 关于),
    with no region; its 版头 and 落款 name 连云港市人民政府办公室."""
    doc = ingest_file(BLIND / f"blind268_lianyungang_zhuanfa.{suffix}").documents[0]
    assert doc.issuers == ("连云港市人民政府办公室",)
    assert doc.region == "连云港市"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_attached_explanations_dates_are_of_the_policy_it_explains(suffix: str) -> None:
    """Regression: the 钦州港片区 notice on paying out a policy's money took its dates in force (2025-04-01 to 2027-12-31)
    from its 附件1 《若干措施》政策解读, which tells of the policy's; the notice has none of its own."""
    doc = ingest_file(BLIND / f"blind268_qinzhou_duixian.{suffix}").documents[0]
    assert (doc.effective, doc.expires) == (None, None)
    assert doc.signed is not None
