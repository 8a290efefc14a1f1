"""Government portal pages of 2024–2025 as analysts save them (a 政策文件库 article, a 政策解读 page with pictures and
问/答, a 区政府 留言回复 page in GBK), by someone who had not read the reader (tests/data/office/blind104, made by
make_blind104.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind104"


def test_a_dateline_above_the_article_names_its_office() -> None:
    """Regression: 来源：厦门市商务局　　发布时间：… stood above the article's body, where the reader did not look for the
    来源, so the 解读 had no issuer."""
    (doc,) = ingest_file(BLIND / "blind104_厦门_政策解读.html").documents
    assert doc.issuers == ("厦门市商务局",) and doc.published == "2025-04-08" and doc.doc_number is None


def test_a_policy_library_page() -> None:
    parsed = ingest_file(BLIND / "blind104_湖南_政策文件库.html")
    (doc,) = parsed.documents
    assert doc.doc_number is not None and doc.doc_number.text == "湘政发〔2024〕17号"
    assert (doc.signed, doc.published, doc.effective, doc.expires) == ("2024-09-12", "2024-09-19", "2024-10-01", "2027-09-30")
    assert not any("网站标识码" in c.text or "打印" in c.text for c in parsed.clauses)
    # Regression: the links named 附件1：… gave the first attachment the title 附件1：湖南自贸试验区…分工表
    assert doc.attachments == ("湖南自贸试验区对非经贸合作重点任务分工表", "非洲非资源性产品进口奖励申报表",
                               "中国（湖南）自由贸易试验区对非经贸合作项目清单（第一批）")
