"""Ordinary 公文 as four government portals publish them, saved from the browser (tests/data/office/blind169, made by
make_blind169.py by someone who had not read the reader): an old table layout, a div layout, a GBK page and a page
of inline-styled nested divs, each with the site's 信息公开 record above the text."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind169"


def test_a_record_table_inside_the_layout_table_drops_only_itself() -> None:
    """Regression: an old site's layout table holds the record table and the body: the whole layout table was
    dropped as the record, and the page gave no clause at all (its 成文日期, 主送 and attachment lost too)."""
    parsed = ingest_file(BLIND / "blind169_henan_opinion.html")
    assert len(parsed.clauses) >= 18
    doc = parsed.documents[0]
    assert doc.signed == "2024-04-18" and doc.addressees and doc.attachments
    # (its heading set on two lines with a <br>: one title)
    assert doc.title == "河南省人民政府办公厅关于支持郑州航空港经济综合实验区高水平建设“空中丝绸之路”的若干意见"


def test_the_record_names_the_document_the_page_does_not() -> None:
    """Regression: a page with no heading, its <title> the site's name alone, was titled 瑞丽市人民政府; the dateline's
    来源 (瑞丽市商务局, who put it on the site) was its issuer; the record's 成文日期 was not read."""
    doc = ingest_file(BLIND / "blind169_ruili_measures.html").documents[0]
    assert doc.title == "瑞丽市边民互市商品落地加工奖励办法（试行）"
    assert doc.issuers == ("瑞丽市人民政府",)
    assert doc.signed == "2024-08-12"


def test_a_file_that_gives_no_clause_is_said_to() -> None:
    """Regression: the page whose body was dropped with its record (above) showed 0 clauses in the report's table and
    said nothing else: a file whose title was read and none of its text now gets a line saying so."""
    from bri_kb.console import ingest_report
    from bri_kb.index.kb import IngestSummary

    report = {"file": "page.html", "documents": 1, "clauses": 0, "lost_lines": (), "removed": {}, "duplicates": ()}
    shown = ingest_report(IngestSummary("g1", False, 2, 2, 5, (), (report, {**report, "file": "ok.html", "clauses": 5}), 0.1))
    lines = shown.splitlines()
    warned = [n for n, line in enumerate(lines) if "没有读出条款" in line]
    assert len(warned) == 1 and lines[warned[0] - 1].startswith("page.html")
