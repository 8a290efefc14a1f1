"""Customs and tax documents on 综合保税区, 跨境电商 and 边民互市 — written by someone who had not read the reader
(tests/data/office/blind278, made by make_blind278.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind278"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_announcements_title_with_a_genre_inside_it(suffix: str) -> None:
    """Regression (Word): under 海关总署公告 / 2025年第62号, the title 关于公布综合保税区保税维修产品目录 / （第四批）及有关
    监管要求的公告 stopped at 目录 (a 文种 inside it), its second line a clause."""
    parsed = ingest_file(BLIND / f"blind278_zongshu_gonggao{suffix}")
    (doc,) = parsed.documents
    assert doc.title == "关于公布综合保税区保税维修产品目录（第四批）及有关监管要求的公告"
    assert not any(c.text.startswith("（第四批）") for c in parsed.clauses)
