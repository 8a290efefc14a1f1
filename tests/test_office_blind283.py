"""Plans and action plans with the parts offices put in them (目录, 专栏, 指标 table, landscape task table, a figure,
附表) — written by someone who had not read the reader (tests/data/office/blind283, made by make_blind283.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind283"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_list_of_two_tables_attached(suffix: str) -> None:
    """Regression: 附表：1.2025—2027年…目标分解表 / 2.义乌市跨境电商重点项目清单 named only the first; the second was a
    stray heading under 四、（三）."""
    parsed = ingest_file(BLIND / f"blind283_yiwu_fangan{suffix}")
    (doc,) = parsed.documents
    assert doc.attachments == ("2025—2027年义乌市跨境电商主要目标分解表", "义乌市跨境电商重点项目清单")
    assert not any(c.text == "2.义乌市跨境电商重点项目清单" for c in parsed.clauses)
