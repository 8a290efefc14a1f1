"""Ordinary pages of city, county and department sites saved from the browser — a 郑州 portal 通知, a 厦门市商务局
图文解读, a 青白江区 公告 pasted from Word and a 公众号 article (tests/data/office/blind170, made by make_blind170.py by
someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind170"


def test_a_dateline_of_spans_gives_its_source() -> None:
    """Regression: 来源：厦门市商务局 and 发布时间：… set in spans with no space between them gave no 来源, and the
    解读 no issuer."""
    doc = ingest_file(BLIND / "blind170_xiamen_jiedu.html").documents[0]
    assert doc.source_name == "厦门市商务局" and doc.issuers == ("厦门市商务局",)


def test_a_word_saved_pages_settings_are_no_clause() -> None:
    """Regression: the <xml> island of a page Word saved (Normal 0 … MicrosoftInternetExplorer4) was the first
    clause, glued to the 文号 line."""
    clauses = ingest_file(BLIND / "blind170_qingbaijiang_gonggao.html").clauses
    assert not any("MicrosoftInternetExplorer4" in c.text or c.text.startswith("Normal") for c in clauses)
    assert clauses[0].text.startswith("为深入推进中国（四川）自由贸易试验区成都青白江铁路港片区")


def test_a_public_accounts_link_to_the_original_is_no_clause() -> None:
    """Regression: 点击“阅读原文”查看通知原文 was read as a clause of the 通知's 四、."""
    assert not any("阅读原文" in c.text for c in ingest_file(BLIND / "blind170_shandong_wechat.html").clauses)
