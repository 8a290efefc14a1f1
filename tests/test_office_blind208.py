"""Pages of 人大 and 司法厅 sites — a 省人大常委会公告 carrying a 条例, a 市人大常委会 修改决定, a 备案 公示 table, a 法规解读
(tests/data/office/blind208, made by make_blind208.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind208"


def test_a_page_titled_by_site_then_document_is_the_documents() -> None:
    """Regression: a page with no <h1> and the <title> 宁波人大--…的决定 was titled 宁波人大 (the site), with no issuer;
    its 题注's day (…第二十次会议通过) was lost to the page's 发布日期."""
    (doc,) = ingest_file(BLIND / "blind208_ningbo_jueding.html").documents
    assert doc.title == "宁波市人民代表大会常务委员会关于修改《宁波市跨境贸易便利化条例》的决定"
    assert doc.issuers == ("宁波市人民代表大会常务委员会",)
    assert (doc.signed, doc.published) == ("2024-08-29", "2024-10-08")


def test_a_page_titled_by_the_announcement_that_carries_a_regulation() -> None:
    """Regression: a page headed 陕西省人民代表大会常务委员会公告（第二十六号） was titled by the 公告 (its number in
    brackets hid that it is one), so the 条例 it publishes lost its title and the 公告 its number."""
    (doc,) = ingest_file(BLIND / "blind208_shaanxi_luogang.html").documents
    assert doc.title == "陕西省“一带一路”国际陆港建设促进条例"
    assert doc.doc_number is not None and doc.doc_number.text == "陕西省人民代表大会常务委员会公告第二十六号"
    assert doc.doc_number.serial == "26"
