"""Whole-file invariants on the bundled corpus and on real pkulaw exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import ingest_file

from .conftest import CORPUS, DATA

EXTERNAL = DATA / "external"


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_no_body_line_is_lost(path: Path) -> None:
    result = ingest_file(path)
    assert result.report.lost_lines == ()
    assert result.clauses


def test_duplicates_are_dropped_and_reported() -> None:
    article = ingest_file(next(CORPUS.glob("004_*.txt")))
    assert article.report.removed["duplicate_paragraph"] == 18  # (14 paragraphs, and the 4 headings over them again)
    texts = [c.text for c in article.clauses]
    assert len(texts) == len(set(texts))
    essays = ingest_file(next(CORPUS.glob("003_*.txt")))
    assert essays.report.removed["duplicate_paragraph"] == 1


def test_newspaper_columns_become_paragraphs() -> None:
    report = ingest_file(next(CORPUS.glob("001_*.txt")))
    para = next(c for c in report.clauses if c.text.startswith("“联盟”将为园区招商"))
    assert "并为园区招商引资和项目对接提供点对点的创新服务模式" in para.text.replace(" ", "")
    assert para.source.line_end - para.source.line_start > 10


def test_pkulaw_regulation_with_validity_period() -> None:
    result = ingest_file(EXTERNAL / "xinyu-green-building-2012.txt")
    (doc,) = result.documents
    assert doc.title == "新余市人民政府办公室关于印发《新余市新余市绿色建筑管理办法》的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "余府发〔2012〕3号"
    assert (doc.level, doc.region) == ("municipal", "新余市")
    assert (doc.signed, doc.effective, doc.expires) == ("2012-01-09", "2012-02-01", "2017-01-31")
    articles = [c.label for c in result.clauses if c.kind == "article"]
    assert articles[0] == "第一条" and articles[-1] == "第二十九条" and len(articles) == 29
    assert result.report.removed == {"url": 1} and result.report.lost_lines == ()


def test_pkulaw_notice_and_announcement() -> None:
    (notice,) = ingest_file(EXTERNAL / "xinjiang-qts-publicity-2012.txt").documents
    assert notice.doc_number is not None and notice.doc_number.text == "新质监办发〔2012〕24号"
    assert (notice.level, notice.region) == ("provincial", "新疆维吾尔自治区")
    assert notice.issuers == ("新疆维吾尔自治区质监局",)
    (announcement,) = ingest_file(EXTERNAL / "haikou-water-notice-2020.txt").documents
    assert announcement.title.startswith("海口市水务局关于2020年2月1日")
    assert (announcement.level, announcement.region) == ("municipal", "海口市")
    assert announcement.doc_number is None


def test_newspaper_heading_does_not_swallow_the_first_paragraph() -> None:
    """Regression: a heading set wider than the 12-character column made the
    first paragraph's lines look short, so they were not joined."""
    report = ingest_file(next(CORPUS.glob("001_*.txt")))
    texts = [c.text for c in report.clauses]
    assert "推动转型升级：融入国家战略营造发展平台" in texts
    first = next(t for t in texts if t.startswith("此次峰会宣布组建成立"))
    assert "中国企业园区国际合作联盟和中国企业培训国际合作联盟（下称“联盟”）" in first
