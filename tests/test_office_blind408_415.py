"""Rounds 408–415, written by someone who had not read the reader (tests/data/office/blind408 … blind415, each made by
its make_blindNNN.py): 考核评价办法 with scoring tables, text copies, portal pages saved as HTML, 方案 laid out as tables,
a court's 白皮书 and 典型案例, plans in 部分, 简报 and 政务信息 issues, tables built by hand. One test per fix; each failed
before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def test_a_white_papers_title_over_three_lines() -> None:
    """Regression: a court's 白皮书 titled over three lines (…人民法院服务保障 / 中国（福建）自由贸易试验区厦门片区 /
    建设白皮书（2023—2025年）) was titled by its first line: 白皮书 named no 文种."""
    doc = ingest_file(OFFICE / "blind412" / "blind412_xiamen_baipishu.docx").documents[0]
    assert doc.title == "厦门市中级人民法院服务保障中国（福建）自由贸易试验区厦门片区建设白皮书（2023—2025年）"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_issue_of_government_information(suffix: str) -> None:
    """Regression: a 政务信息 issue's head (厦门自贸片区 / 政 务 信 息 / 第21期（总第246期） / the office and date) was
    not read as a 简报's: its first line was the title, and the issue had no issuer or date."""
    doc = ingest_file(OFFICE / "blind414" / f"blind414_xiamen_jianbao{suffix}").documents[0]
    assert doc.title.startswith("厦门自贸片区政务信息")
    assert doc.issuers == ("中国（福建）自由贸易试验区厦门片区管理委员会办公室",)
    assert doc.published == "2025-11-26"
