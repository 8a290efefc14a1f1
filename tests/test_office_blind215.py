"""公众号 articles and mobile pages saved as HTML — a 公众号 reprint of a 青岛 通知, a mobile 郑州 page, a 成都 一图读懂, a 南沙
政策问答 (tests/data/office/blind215, made by make_blind215.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind215"


def test_a_headline_with_a_bar_titles_its_page() -> None:
    """Regression: a 公众号 headline 政策问答｜南沙跨境电商… (its bar the one that parts a table's cells) was taken for a
    compilation's name, and the page was titled by its file's name; each 问 badge, a <section> of its own, was a
    clause cut off from its question."""
    parsed = ingest_file(BLIND / "blind215_wenda_nansha.html")
    (doc,) = parsed.documents
    assert doc.title == "政策问答|南沙跨境电商高质量发展若干措施，热点问题解答来了"
    assert not any(c.text.strip() in ("问", "问：") for c in parsed.clauses)
    assert any(c.text.startswith("问：《若干措施》出台的背景是什么？\n答：") for c in parsed.clauses)
    assert not any("阅读原文" in c.text for c in parsed.clauses)


def test_an_accounts_furniture_with_an_emoji_and_a_photo_credit() -> None:
    """Regression: 🔎 往期推荐 (an emoji before it) became item 五、（十四）'s text, and ▲成都天府国际机场（资料图） a
    paragraph under measure 4."""
    qingdao = ingest_file(BLIND / "blind215_wx_qingdao.html")
    assert not any("往期推荐" in c.text for c in qingdao.clauses)
    chengdu = ingest_file(BLIND / "blind215_tujie_chengdu.html")
    assert not any("资料图" in c.text for c in chengdu.clauses)
    assert chengdu.report.removed.get("photo_caption")
