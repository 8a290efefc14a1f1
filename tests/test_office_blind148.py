"""A 政策汇编 made by merging the PDFs of ordinary 公文 — a cover, a 目录 giving each document's pages in the merged
file (3—7), then a provincial 意见, a city's 办法 under its 印发 notice and a 片区's 通知, each restarting its page
numbers, with a bookmark per document — written by someone who had not read the reader
(tests/data/office/blind148, made by make_blind148.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind148"
TITLES = ["河南省人民政府办公厅关于支持中国（河南）自由贸易试验区深度融入共建“一带一路”的意见",
          "郑州市商务局 郑州市财政局关于印发《郑州市“一带一路”国际物流通道建设扶持资金管理办法》的通知",
          "中国（河南）自由贸易试验区开封片区管理委员会关于组织申报2024年度开封片区文化贸易和服务贸易创新发展扶持项目的通知"]


@pytest.mark.parametrize("name", ["blind148_huibian.pdf", "blind148_huibian_bookmarks.pdf"])
def test_each_merged_document_apart(name: str) -> None:
    """Regression: the cover, the 目录, the 意见 and the 办法 were one document titled by the cover, with the 办法's
    dates and 版记 and no 文号; the 目录's entries end in page ranges (……3—7), which no 目录 had been read with. A
    merged file without a 目录 is parted by its bookmarks, each naming a document."""
    parsed = ingest_file(BLIND / name)
    docs = [d for d in parsed.documents if d.title in TITLES]
    assert [d.title for d in docs] == TITLES
    numbers = [d.doc_number.text if d.doc_number else None for d in docs]
    assert numbers == ["豫政办〔2024〕31号", "郑商发〔2024〕27号", "汴自贸管〔2024〕15号"]
    assert docs[1].issuers == ("郑州市商务局", "郑州市财政局") and (docs[1].level, docs[1].region) == ("municipal", "郑州市")
    first = next(c for c in parsed.clauses if c.doc_id == docs[0].doc_id and c.label == "（一）")
    assert first.path == ("二、推进“四路协同”开放通道建设",)


def test_bookmarks_name_documents_only_when_they_name_a_genre() -> None:
    """A document's own headings as bookmarks (一、总体要求, 第一章　总则) part nothing."""
    from bri_kb.ingest.outlined import bookmarked

    assert bookmarked([(1, TITLES[0]), (1, TITLES[1])]) == TITLES[:2]
    assert bookmarked([(1, "一、总体要求"), (1, "二、重点任务"), (2, "（一）指导思想")]) == []
    assert bookmarked([(1, TITLES[0])]) == []
