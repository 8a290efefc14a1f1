"""The most ordinary documents of autonomous regions and prefectures — a 自治区办公厅 实施意见 with its 任务分工 table, a
two-organ 申报 notice with a blank form, a 自治州 notice printing its 口岸 方案, a 片区管委会 管理办法
(tests/data/office/blind221, made by make_blind221.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind221"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_list_of_contacts_a_line_each(suffix: str) -> None:
    """Regression: the second contact of a 联系人 paragraph typed with Shift+Enter ran into the first one's telephone
    number in the Word file (…乌 云0471-6945213自治区财政厅…); a line ending with a number is the end of a contact."""
    parsed = ingest_file(BLIND / f"blind221_neimeng_shenbao{suffix}")
    texts = [c.text for c in parsed.clauses]
    first = next(t for t in texts if t.startswith("联系人："))
    assert first.endswith("0471-6945213")
    assert any(t.startswith("自治区财政厅经济建设处") and t.endswith("0471-6282476") for t in texts)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_round_200s_contacts_apart(suffix: str) -> None:
    """Regression (round 200's 天津 notice): two contacts, each ending with its number, were one paragraph."""
    parsed = ingest_file(DATA / "office" / "blind200" / f"blind200_tianjin_shenbao{suffix}")
    texts = [c.text.replace(" ", "") for c in parsed.clauses]
    assert "联系人：市商务局自贸区处刘洋23207716" in texts and "市财政局经济建设处赵敏23208245" in texts


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_found_right_terms_and_joint_issuers(suffix: str) -> None:
    """Found right: a joint notice whose 版头 names one organ has both issuers from its 落款; terms from 有效期5年 and
    有效期2年."""
    (doc,) = ingest_file(BLIND / f"blind221_neimeng_shenbao{suffix}").documents
    assert len(doc.issuers) == 2 and doc.issuers[0] == "内蒙古自治区商务厅"
    (rule,) = ingest_file(BLIND / f"blind221_horgos_banfa{suffix}").documents
    assert rule.effective is not None and rule.expires is not None
