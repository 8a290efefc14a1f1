"""The most ordinary documents of east-China offices — a 浙江 意见, a 合肥 joint 申报通知 whose 版头 prints two organs two
lines in one, a 青岛 政府令 with its 办法 and a 苏州 转发 notice (tests/data/office/blind192, made by make_blind192.py by
someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind192"


def test_two_organs_printed_two_lines_in_one_are_two_issuers() -> None:
    """Regression: Word's 双行合一 (one run, 合肥市商务局合肥市财政局, printed on two lines over 文件) was read as one
    organ's name: issuers 合肥市商务局 and 合肥市商务局合肥市财政局."""
    doc = ingest_file(BLIND / "blind192_hf_shenbao.docx").documents[0]
    assert doc.issuers == ("合肥市商务局", "合肥市财政局")


def test_a_bracket_cut_by_the_wrap_does_not_open_an_item() -> None:
    """Regression: in the PDF …将项目汇总表（附件 / 2）报送市商务局… broke at the wrap, and 2）报送… became an item of
    its own holding the rest of 四、（二）."""
    parsed = ingest_file(BLIND / "blind192_hf_shenbao.pdf")
    assert "2）" not in [c.label for c in parsed.clauses]
    item = next(c for c in parsed.clauses if c.label == "四、（二）")
    assert "（附件2）报送市商务局" in item.text


def test_cut_parenthesis() -> None:
    from bri_kb.ingest.reflow import cut_parenthesis

    assert cut_parenthesis("将项目汇总表（附件", "2）报送市商务局对外贸易处。")
    assert not cut_parenthesis("材料清单如下（见附件）。", "2）申报表。")  # (closed: the next line is an item)
    assert not cut_parenthesis("（一）申报条件：", "1）在本市注册。")
