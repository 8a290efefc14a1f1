"""A city's 政府公报 issue (cover with 目录, 封二 imprint, running heads, six documents, one and two columns) —
written by someone who had not read the reader (tests/data/office/blind279, made by make_blind279.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind279"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_imprint_and_a_registration_number_make_no_document_or_title(suffix: str) -> None:
    """Regression: the 封二's imprint closing with 内部资料　免费赠阅 was a seventh document so titled; and the 商务局's
    规范性文件, its registration number WHCR-2025-00103 printed above its title, was titled WHCR-2025-00103芜湖市…"""
    parsed = ingest_file(BLIND / f"blind279_wuhu_gongbao{suffix}")
    titles = [d.title for d in parsed.documents]
    assert len(titles) == 6 and not any("内部资料" in t for t in titles)
    assert "芜湖市商务局关于印发《芜湖市跨境电子商务产业园认定管理办法》的通知" in titles
