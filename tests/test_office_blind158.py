"""The most ordinary documents of eastern and southern offices — a 江苏省人民政府 意见, a 广东 joint 资金申报 通知 with
its 申报指南 and 申报表, a 厦门 实施细则 and a 鄞州区 training notice — in Word and PDF, written by someone who had not
read the reader (tests/data/office/blind158, made by make_blind158.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind158"
ZONE = "中国（广东）自由贸易试验区"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_zones_counted_under_one_word(suffix: str) -> None:
    """Regression: （二）…支持广州南沙、深圳前海蛇口、珠海横琴3个片区开展… applied in all 广东省: 片区 listed with the word once,
    after a count (3个片区, 三个片区), were not each a 片区 (rounds 73, 78, 81 and 94's items so too)."""
    parsed = ingest_file(BLIND / f"blind158_guangdong_funds.{suffix}")
    item = next(c for c in parsed.clauses if c.label == "（二）")
    assert item.applies_to == (f"{ZONE}广州南沙新区片区", f"{ZONE}深圳前海蛇口片区", f"{ZONE}珠海横琴新区片区")


@pytest.mark.parametrize(("name", "text"), [
    ("blind158/blind158_guangdong_funds.docx", "4．申报材料不全或者逾期申报的。"),
    ("blind158/blind158_guangdong_funds.pdf", "4．申报材料不全或者逾期申报的。"),
    ("blind100/附件1：2025年境外经贸合作区申报指南.docx", "（二）本指南由浙江省商务厅负责解释。"),
    ("blind118/blind118_hengqin_tongzhi_simp.pdf", "5.其他需要提供的证明材料。"),
])
def test_a_finished_last_item_is_no_heading(name: str, text: str) -> None:
    """Regression: the last of a list of short finished items, before the next attachment's page or at the text's
    end, was a heading over nothing (a search leaving headings aside lost the fourth 不予支持 condition)."""
    clause = next(c for c in ingest_file(DATA / "office" / name).clauses if c.text == text)
    assert clause.kind == "item"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_publicity_line_is_no_one_copied(suffix: str) -> None:
    """Regression: 公开方式：主动公开 printed in the 版记 under the 抄送 line was read as one more organ copied."""
    doc = ingest_file(BLIND / f"blind158_guangdong_funds.{suffix}").documents[0]
    assert doc.cc == "商务部对外投资和经济合作司，财政部广东监管局，省审计厅。"
    assert doc.remarks == "公开方式：主动公开"
