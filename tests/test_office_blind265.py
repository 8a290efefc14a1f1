"""A 政策汇编 of 自贸试验区 and 一带一路 support policies, compiled for companies: cover, 编印说明, 目录, parts under
dividers, each document on a new page — written by someone who had not read the reader (tests/data/office/blind265,
made by make_blind265.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind265"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_each_policy_after_a_parts_divider_is_its_own_document(suffix: str) -> None:
    """Regression: a document under the book's divider (三、贸易便利化 / its red 版头 wrapped over two lines / 文号 / title)
    ran on in the document before it (the 商务厅's 通知 took the 管委会's 措施 and its dates); in the Word file the 存目
    entry took the 办法 under 二、财税金融, and the cover (内部资料 over a four-line title) took the first 意见."""
    titles = [d.title for d in ingest_file(BLIND / f"blind265_xiangyang_huibian.{suffix}").documents]
    assert titles[0].startswith("湖北省人民政府办公厅关于支持自由贸易试验区")
    assert "中国（湖北）自由贸易试验区襄阳片区开放型经济发展专项资金管理办法" in titles
    assert any(t.startswith("湖北省商务厅 中国人民银行湖北省分行") for t in titles)
    assert "中国（湖北）自由贸易试验区襄阳片区管理委员会关于印发《襄阳片区促进跨境电子商务高质量发展若干措施》的通知" in titles
    assert not any("汇编" in t for t in titles)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_day_in_force_said_only_in_the_note_under_the_title(suffix: str) -> None:
    """Regression: the 摘录's note （2023年12月18日湖北省人民政府令第432号公布　自2024年2月1日起施行）, its body only four
    articles, gave the day it was made public and not the day it came into force."""
    rule = next(d for d in ingest_file(BLIND / f"blind265_xiangyang_huibian.{suffix}").documents
                if d.title.startswith("湖北省综合保税区管理办法"))
    assert (rule.published, rule.effective) == ("2023-12-18", "2024-02-01")
