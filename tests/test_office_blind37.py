"""Government portal pages as their CMSs print them, by someone who had not read
the reader (tests/data/office/blind37, made by make_blind37.py): a gov.cn-style
policy page with its record table, a ministry page in GBK inside layout tables,
and a provincial 图文解读 page."""

from __future__ import annotations

from bri_kb.ingest.webpage import html_to_text
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind37"


def test_a_record_line_of_bracketed_fields_gives_the_number() -> None:
    """Regression: 【发布单位】…【发布文号】商办自贸函〔2024〕156号【发文日期】… gave no 文号 (only 文号：… did)."""
    doc = ingest_file(BLIND / "blind37_bumen_gbk.html").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "商办自贸函〔2024〕156号"


def test_an_interpretation_page_is_issued_by_the_office_its_source_names() -> None:
    """Regression: a 解读 page naming no organ in its text had no issuer, though 来源：山东省商务厅 named it;
    the source also ran on into the page's counters (山东省商务厅浏览次数：字体：[大)."""
    doc = ingest_file(BLIND / "blind37_jiedu_tuwen.html").documents[0]
    assert doc.issuers == ("山东省商务厅",)


def test_an_ordered_lists_number_stands_before_the_paragraph_its_item_holds() -> None:
    """Regression: <li><p>…</p></li> read as "1." on a line of its own above the item's text."""
    text = html_to_text("<html><head><title>某通知</title></head><body><h1>某通知</h1>"
                        "<ol><li><p>提升贸易便利化水平。</p></li><li>培育新业态。</li></ol></body></html>")
    assert "1.提升贸易便利化水平。" in text and "2.培育新业态。" in text
    parsed = ingest_file(BLIND / "blind37_jiedu_tuwen.html")
    assert any(c.text.startswith("1.提升贸易便利化水平。") for c in parsed.clauses)


def test_a_govcn_policy_page_reads_right() -> None:
    """Read right at first reading: the record table's metadata, <br>-split items, the page's chrome out."""
    doc = ingest_file(BLIND / "blind37_govcn_yijian.html").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "国办发〔2024〕41号"
    assert (doc.published, doc.signed, doc.level) == ("2024-09-25", "2024-09-18", "state_council")
