"""The most ordinary documents of 东北 and 内蒙古 offices — a 辽宁 印发通知 with its 工作方案, a 长春 复函 in 信函格式, a
二连浩特 口岸办 + 海关 joint 公告 and a 绥芬河 片区 办法 (tests/data/office/blind203, made by make_blind203.py by someone
who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind203"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_joint_announcements_organs_are_apart(suffix: str) -> None:
    """Regression: the red mark printed as 二连浩特市人民政府口岸办公室 / 二　连　海　关 / 联 合 公 告 gave one issuer,
    二连浩特市人民政府口岸办公室二连海关联合."""
    doc = ingest_file(BLIND / f"blind203_erlian_gonggao.{suffix}").documents[0]
    assert doc.issuers == ("二连浩特市人民政府口岸办公室", "二连海关")


def test_wrapper_issuers() -> None:
    from bri_kb.ingest.carried import wrapper_issuers

    assert wrapper_issuers("江苏省商务厅江苏省财政厅联合公告") == ("江苏省商务厅", "江苏省财政厅")
    assert wrapper_issuers("海关总署公告（2024年第63号）") == ("海关总署",)
    assert wrapper_issuers("中华人民共和国国家发展和改革委员会中华人民共和国商务部公告") == ("国家发展和改革委员会", "商务部")
