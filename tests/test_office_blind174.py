"""Ordinary pages of four more sites saved from the browser — a 一图读懂 解读 whose panels are in <img alt>, a 直属海关's
公告 with a table of 监管场所, a 片区管委会's 通知 and a county's 政策问答 in <dl> (tests/data/office/blind174, made by
make_blind174.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind174"


def test_a_pictures_alt_text_is_read() -> None:
    """Regression: the 一图读懂's seven panels, given only in their pictures' alt text (出台背景, 发展目标, 措施一 to 措施五,
    the 2026 targets), were dropped without a word: 7 of 19 clauses lost."""
    texts = [c.text for c in ingest_file(BLIND / "blind174_hunan_yitu.html").clauses]
    assert sum(t.startswith("措施") and "：" in t[:5] for t in texts) == 5
    assert any(t.startswith("发展目标：") and "1000亿元" in t for t in texts)


def test_an_alt_its_caption_repeats_is_read_once() -> None:
    """(round 104's figure: the alt and the caption under the picture say the same; it is read once)"""
    texts = [c.text for c in ingest_file(DATA / "office" / "blind104" / "blind104_厦门_政策解读.html").clauses]
    assert "图1《若干措施》框架一览" in texts and not any(t.count("框架一览") > 1 for t in texts)


def test_a_heading_without_the_issuer_gives_way_to_the_body_title() -> None:
    """Regression: the page's <h1> leaves out the issuer that the body's title prints on its first line
    (…德宏片区管理委员会<br>关于组织申报…的通知): that first line was a clause of its own, and the 主送 under it was read
    as another, the document naming no addressees."""
    parsed = ingest_file(BLIND / "blind174_dehong_notice.html")
    doc = parsed.documents[0]
    assert doc.title == "中国（云南）自由贸易试验区德宏片区管理委员会关于组织申报2024年度德宏片区跨境产业链合作项目扶持资金的通知"
    assert doc.addressees == "片区各部门，瑞丽市各有关部门，各有关企业"
    assert parsed.clauses[0].text.startswith("为深入贯彻落实《中国（云南）自由贸易试验区总体方案》")

