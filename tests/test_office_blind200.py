"""The most ordinary documents of 京津冀 offices — a 北京 实施意见, a 天津 joint 申报通知, a 河北 批复 in 信函格式 and a
雄安新区 会议纪要 (tests/data/office/blind200, made by make_blind200.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind200"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_new_areas_committee_rules_in_the_new_area(suffix: str) -> None:
    """Regression: 河北雄安新区管理委员会 names its province first; its 纪要 was provincial, for all 河北省."""
    parsed = ingest_file(BLIND / f"blind200_xiongan_jiyao.{suffix}")
    doc = parsed.documents[0]
    assert (doc.level, doc.region) == ("municipal", "雄安新区")
    assert all("河北省" not in c.applies_to for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_joint_notice_under_one_organs_mark_has_both_issuers(suffix: str) -> None:
    doc = ingest_file(BLIND / f"blind200_tianjin_shenbao.{suffix}").documents[0]
    assert len(doc.issuers) == 2 and doc.issuers[0].startswith("天津市商务局")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_minutes_are_dated_by_the_line_under_their_mark(suffix: str) -> None:
    """Regression: a 纪要 has no 落款 date; the day on the line of the office that edits it (…办公室　2024年5月22日) is
    its date, and it was read only as the day it was put out (signed None). So for rounds 3, 40, 78, 107, 167, 185."""
    doc = ingest_file(BLIND / f"blind200_xiongan_jiyao.{suffix}").documents[0]
    assert (doc.signed, doc.published) == ("2024-05-22", "2024-05-22")
