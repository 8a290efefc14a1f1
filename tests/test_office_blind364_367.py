"""Rounds 364–367, written by someone who had not read the reader (tests/data/office/blind364 … blind367, each made by
its make_blindNNN.py): a 商请函 and its 复函, 政策解读 as questions and answers with a 一图读懂 summary; a county's
plan with a long landscape table; a ministry's 公告 and the notice forwarding it; Word files typed sloppily. One test
per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def test_a_title_that_forwards_a_document_by_its_number_runs_on_past_it() -> None:
    """Regression: …关于转发 / 商务部　海关总署公告2026年第9号 / 并做好贯彻落实工作的通知 (one title over three lines,
    Shift+Enter) ended at 关于转发: a line that is a 文号 ended the title, even the number of what it forwards."""
    doc = ingest_file(OFFICE / "blind366" / "blind366_guangxi_tongzhi.docx").documents[0]
    assert doc.title == "广西壮族自治区商务厅关于转发商务部 海关总署公告2026年第9号并做好贯彻落实工作的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "桂商务发〔2026〕11号"


def test_bullets_in_a_row_are_no_table_printed_cell_by_cell() -> None:
    """Regression: six ● lines of a 一图读懂 summary and the 落款 under them, each short and ending no sentence, were
    taken for a table a PDF printed cell by cell and joined into one clause."""
    parsed = ingest_file(OFFICE / "blind364" / "blind364_chongqing_jiedu.pdf")
    bullets = [c.text for c in parsed.clauses if c.text.startswith("●")]
    assert len(bullets) == 6
    assert bullets[0] == "●适用范围：两江片区、西永片区、果园港片区"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_summarys_label_ends_the_last_answer(suffix: str) -> None:
    """Regression: 【一图读懂】 and its bullets after the last numbered question's answer (六、企业如何申报？) were read
    as more of that answer: one clause of nine paragraphs."""
    parsed = ingest_file(OFFICE / "blind364" / f"blind364_xiamen_jiedu{suffix}")
    last = next(c for c in parsed.clauses if c.text.startswith("六、企业如何申报？"))
    assert "一图读懂" not in last.text and "●" not in last.text
    assert sum(c.text.startswith("●") for c in parsed.clauses) == 7


def test_a_code_in_brackets_moved_whole_to_the_next_line_does_not_end_the_paragraph() -> None:
    """Regression: …直接出口 / （9710）业务。: the line stopped short because the bracketed code could not be broken, and
    the rest, set at the margin, was read as a paragraph of its own."""
    parsed = ingest_file(OFFICE / "blind366" / "blind366_fujian_tongzhi.pdf")
    item = next(c.text for c in parsed.clauses if c.text.startswith("（三）莆田市"))
    assert item.endswith("开展跨境电商企业对企业直接出口（9710）业务。")
