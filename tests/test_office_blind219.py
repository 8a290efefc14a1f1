"""The most ordinary documents of 华中 and 华北 offices — a 河南 实施意见, a 武汉 joint 申报 notice, a 正定县 决定, a 赣州
经开区 管理办法 (tests/data/office/blind219, made by make_blind219.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind219"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_closing_call_to_townships_is_the_whole_texts(suffix: str) -> None:
    """Regression: the 决定's closing call 各乡镇、各部门要… was read as a second paragraph of 九、其他事项 (a call to
    乡镇 was not known for one)."""
    closing = next(c for c in ingest_file(BLIND / f"blind219_zhengding_jueding.{suffix}").clauses
                   if c.text.startswith("各乡镇、各部门要"))
    assert closing.path == () and not closing.label.startswith("九、")
