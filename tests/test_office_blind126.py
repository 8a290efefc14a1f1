"""Policies as they reach analysts through WeChat public accounts — an article that reproduces a policy, the same
article reposted on a news site with readers' comments, a 一图读懂 article — written by someone who had not read the
reader (tests/data/office/blind126, made by make_blind126.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind126"
TITLE = "福建省商务厅 福建省财政厅关于支持自由贸易试验区高质量服务“丝路海运”建设的若干措施"


def test_a_policy_reproduced_in_a_scroll_box_of_an_article() -> None:
    """Regression: the scroll box's hint (（上下滑动查看全文）) ran into the policy's title and its first issuer, and the
    elements the page does not display (a profile card, 预览时标签不可点) and the call to press 在看 were clauses."""
    parsed = ingest_file(BLIND / "blind126_fujian_wechat.html")
    policy = next(d for d in parsed.documents if d.doc_number is not None)
    assert policy.title == TITLE and policy.issuers == ("福建省商务厅", "福建省财政厅")
    texts = [c.text for c in parsed.clauses]
    assert not any("预览时标签不可点" in t or "功能介绍" in t or "在看" in t for t in texts)


def test_an_accounts_line_with_its_time_run_together() -> None:
    """Regression: the account line, its spans run together (原创福建商务福建自贸发布2024-06-18 09:30发表于福建), was a clause:
    the chrome's pattern wanted a space after 原创."""
    texts = [c.text for c in ingest_file(BLIND / "blind126_fujian_wechat.html").clauses]
    assert not any("发表于" in t for t in texts)


def test_readers_comments_under_a_repost_are_no_clauses() -> None:
    """Regression: the comments under the repost (第五条海外仓补助30%…我们公司在印尼的仓能申请吗？, 平潭片区配套只有400万？)
    were clauses of the policy, one labelled 一、第2处, and came first for questions the policy answers."""
    parsed = ingest_file(BLIND / "blind126_fujian_toutiao.html")
    texts = [c.text for c in parsed.clauses]
    assert not any("能申请吗" in t or "配套只有400万" in t or "点赞！" in t for t in texts)
    assert next(d for d in parsed.documents if d.doc_number is not None).title == TITLE


def test_an_item_whose_zone_areas_open_the_line_under_its_run_in_heading() -> None:
    """Regression: （三）推广“船边直提”“抵港直装”。 / 福州片区、厦门片区应于… (the heading in bold on a line of its own)
    applied in all 福建; on one line it applied in the 片区 it names."""
    clause = next(c for c in ingest_file(BLIND / "blind126_fujian_wechat.html").clauses if c.label == "（三）")
    assert "中国（福建）自由贸易试验区福州片区" in clause.applies_to and "福建省" not in clause.applies_to


def test_the_follow_bar_of_an_article_is_no_clause() -> None:
    """The app's follow bar under an article (继续滑动看下一个, 轻触阅读原文, the buttons' labels) is no part of it."""
    texts = [c.text for c in ingest_file(BLIND / "blind126_xiamen_tujie.html").clauses]
    assert not any("滑动看下一个" in t or "轻触阅读原文" in t or "轻点两下" in t for t in texts)


@pytest.mark.parametrize("name", ["blind126_fujian_wechat.html", "blind126_fujian_toutiao.html"])
def test_an_article_carrying_the_measures_is_no_document(name: str) -> None:
    """Regression: the 公众号 and 头条 articles (their headline, 来源, lead and 划重点 bullets, over 政策原文) were a document
    of their own beside the measures they carry; they are the measures' carrier, left out and counted."""
    parsed = ingest_file(BLIND / name)
    (doc,) = parsed.documents
    assert doc.title == "福建省商务厅 福建省财政厅关于支持自由贸易试验区高质量服务“丝路海运”建设的若干措施"
    assert parsed.report.removed["carrier_post"] >= 11
    assert not any(c.text.startswith("📢好消息") for c in parsed.clauses)
