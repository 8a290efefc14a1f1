"""Pages of four government sites saved from the browser (tests/data/office/blind233, made by make_blind233.py by
someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind233"


def test_a_number_printed_alone_under_the_heading_is_the_pages() -> None:
    """Regression: a 政务服务 page prints its 文号 in a <div> of its own between the heading and the article, outside
    the article's block: the document had no number."""
    (doc,) = ingest_file(BLIND / "blind233_chengdu_shenbao.html").documents
    assert doc.doc_number is not None and doc.doc_number.text == "成商务发〔2026〕6号"


def test_a_citation_after_the_heading_is_no_number_of_the_page() -> None:
    """A 解读 page whose 相关文件 line cites the policy with its number (…若干措施》（青自贸管发〔2024〕27号）): the
    heading's words end the citation there, and the 解读 has no number of its own."""
    (doc,) = ingest_file(DATA / "office" / "blind201" / "blind201_qingdao_shipin.html").documents
    assert doc.doc_number is None


def test_a_decree_number_in_the_pages_record_names_the_rule() -> None:
    """Regression: 发文字号：海南省人民政府令第326号 in the page's record was not read (a 令's number has no 〔年〕)."""
    (doc,) = ingest_file(BLIND / "blind233_hainan_guiding.html").documents
    assert doc.doc_number is not None and doc.doc_number.text == "海南省人民政府令第326号"


def test_a_line_break_after_a_semicolon_inside_a_paragraph_runs_on() -> None:
    """Regression: （三）联系方式。省商务厅…020-38819265；<br>省财政厅…：a <br> after ； split the item, its second
    contact a paragraph 第2段 of its own."""
    parsed = ingest_file(BLIND / "blind233_guangdong_tongzhi.html")
    contact = next(c for c in parsed.clauses if c.text.startswith("（三）联系方式"))
    assert "省财政厅经济建设处：李工" in contact.text
    assert not [c for c in parsed.clauses if c.text.startswith("省财政厅经济建设处")]


def test_districts_named_where_a_measure_opens() -> None:
    """Regression: （八）支持岛外区域发展。对在同安区、翔安区新设立的… applied in all of 厦门市."""
    parsed = ingest_file(BLIND / "blind233_xiamen_guifan.html")
    clause = next(c for c in parsed.clauses if c.text.startswith("（八）"))
    assert clause.applies_to == ("同安区", "翔安区")
