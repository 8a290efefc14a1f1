"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind22, made by make_blind22.py): a 办法 whose
第X条 come from Word's automatic numbering, a bilingual Chinese–English guide
printed to PDF, and a notice whose attachment is a flowchart of text boxes and
a table of materials."""

from __future__ import annotations

from bri_kb.ingest.readers import read_document
from bri_kb.ingest.text import join_wrapped
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind22"


def test_word_counts_the_articles() -> None:
    """Read right at first reading: 第一条… come from numbering.xml (chineseCounting, 第%1条)."""
    clauses = ingest_file(BLIND / "blind22_autonumber_articles.docx").clauses
    articles = [c.label for c in clauses if c.kind == "article"]
    assert articles[0] == "第一条" and articles[-1] == "第二十一条" and len(articles) == 21


def test_english_wrapped_after_a_comma_or_before_a_bracket_keeps_its_space() -> None:
    """Regression: "organizations(hereinafter", "contributions,profits", "China(Shandong)"."""
    assert join_wrapped(["organizations", "(hereinafter"]) == "organizations (hereinafter"
    assert join_wrapped(["contributions,", "profits"]) == "contributions, profits"
    assert join_wrapped(["同比增长12.", "5%"]) == "同比增长12.5%"
    assert join_wrapped(["RCEP", "（区域"]) == "RCEP（区域"
    assert join_wrapped(["www.mofcom.", "gov.cn"]) == "www.mofcom.gov.cn"
    # (the file's English paragraphs, the translation of its Chinese ones, are left out since round 276:
    # tests/test_translation.py)


def test_the_hyphen_a_pdf_line_breaks_after_is_a_hyphen() -> None:
    """Regression: LibreOffice's hyphen at a line's end came out as U+FFFE ("foreign\\ufffeinvested")."""
    text = read_document(BLIND / "blind22_bilingual.pdf").text  # (as read: its English is left out after)
    assert "\ufffe" not in text
    assert text.count("foreign-") >= 2


def test_a_bilingual_signature_names_the_issuer() -> None:
    """Regression: the organ signed above its English name and the date gave no issuer."""
    doc = ingest_file(BLIND / "blind22_bilingual.pdf").documents[0]
    assert doc.issuers == ("中国（山东）自由贸易试验区青岛片区管理委员会",)
    assert doc.doc_number is not None and doc.doc_number.text == "青自贸管发〔2024〕5号"


def test_a_note_row_across_a_table_is_its_note() -> None:
    """Regression: the merged row "注：以上材料均需同时提交电子版…" under the materials table was read as a
    category heading over nothing."""
    clauses = ingest_file(BLIND / "blind22_flowchart.docx").clauses
    note = next(c for c in clauses if c.text.startswith("注：以上材料"))
    assert note.kind == "note"
    assert sum(c.kind == "table_row" for c in clauses) == 6
