"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind25, made by make_blind25.py): a reply to a
deputy's proposal (A类, 文号 and 签发人 on one line), a 横琴 notice in
traditional characters copied from a web page, and a statistical 通报 (PDF)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind25"


def test_a_proposal_replys_head() -> None:
    """Regression: "A类" titled the reply, the 文号 beside its 签发人 was a clause, and the organ's name
    alone over them (a letter's mark) was no 版头; "尊敬的王某某代表：" is the 主送."""
    parsed = ingest_file(BLIND / "blind25_proposal_reply.docx")
    doc = parsed.documents[0]
    assert doc.title == "关于省十四届人大二次会议第1234号代表建议的答复"
    assert doc.doc_number is not None and doc.doc_number.text == "苏商建〔2024〕56号"
    assert doc.signatory == "陈某某"
    assert doc.issuing_mark == "江苏省商务厅"
    assert doc.addressees == "尊敬的王某某代表"
    assert parsed.clauses[0].text.startswith("您提出的《关于支持我省企业")


def test_a_notice_in_traditional_characters() -> None:
    """Regression: 琴合經〔2024〕8號 was no 文号 (號), the breadcrumb "首頁 > 政務公開" titled the file, and
    第一條… were no articles (條), so every later article was filed under the item （三）. The page is read in
    simplified characters (round 298), as an analyst searches and cites it, and the report says how many lines."""
    parsed = ingest_file(BLIND / "blind25_traditional.txt")
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "琴合经〔2024〕8号"
    assert doc.title.startswith("横琴粤澳深度合作区经济发展局关于印发")
    assert (doc.issuers, doc.region) == (("横琴粤澳深度合作区经济发展局",), "横琴")
    articles = [c.label for c in parsed.clauses if c.kind == "article"]
    assert articles[0] == "第一条" and articles[-1] == "第十条" and len(articles) == 10
    assert not any("首页" in c.text or "关闭窗口" in c.text for c in parsed.clauses)
    assert parsed.report.converted > 0
