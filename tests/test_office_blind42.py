"""Three portal pages, by someone who had not read the reader (tests/data/office/
blind42, made by make_blind42.py): a 政府信息公开 page with its record table, a
department's notice with its 政策解读 below it, and a Q&A page in GBK."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind42"


def test_an_interpretation_below_its_notice_on_one_page_is_its_own_document() -> None:
    """Regression: the 政策解读 under the notice (its column label, its title, its sections) was read as
    clauses of the notice, which then took the 解读's 有效期 as its own."""
    parsed = ingest_file(BLIND / "blind42_ting_jiedu.html")
    notice, reading = parsed.documents
    assert notice.doc_number is not None and notice.doc_number.text == "云商自贸〔2024〕9号"
    assert notice.expires is None
    assert reading.title.startswith("《云南省商务厅关于推动") and reading.title.endswith("》政策解读")
    notice_texts = [c.text for c in parsed.clauses if c.doc_id == notice.doc_id]
    assert notice_texts[-1] == "2024年7月10日" and "政策解读" not in notice_texts
    reading_texts = [c.text for c in parsed.clauses if c.doc_id == reading.doc_id]
    assert reading_texts[0].startswith("一、起草背景") and "政策解读" not in reading_texts


def test_the_record_page_and_the_gbk_questions_read_right() -> None:
    """Held, not fixed: the record table's 文号 and dates, and a GBK page's questions and answers."""
    (doc,) = ingest_file(BLIND / "blind42_xxgk_lianyungang.html").documents
    assert doc.doc_number is not None and doc.doc_number.text == "连政发〔2024〕38号"
    assert (doc.effective, doc.expires) == ("2024-09-01", "2027-08-31")
    parsed = ingest_file(BLIND / "blind42_wenda_gbk.html")
    assert any("赟" in c.text for c in parsed.clauses)
