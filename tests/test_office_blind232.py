"""Documents of 开发区 and 片区 administrative committees (tests/data/office/blind232, made by make_blind232.py by
someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind232"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_joint_announcements_masthead_with_the_word_beside_the_organs(suffix: str) -> None:
    """Regression: a joint 公告's 版头 set as a table, 公告 centred beside two organs (南宁综合保税区管理委员会 wrapped in
    its cell, 南宁海关), printed to PDF as 南宁综合保税区管理委员会 公告南宁海关: that line and the number under it ran
    into the title, and the 公告 had no number."""
    (doc,) = ingest_file(BLIND / f"blind232_nanning_gonggao{suffix}").documents
    assert doc.title == "关于南宁综合保税区企业经营数据报送有关事项的公告"
    assert doc.doc_number is not None and doc.doc_number.text == "南宁综合保税区管理委员会 南宁海关公告2024年第2号"
    assert doc.issuers == ("南宁综合保税区管理委员会", "南宁海关")
