"""City government gazettes printed from Word in two columns (tests/data/office/blind237, made by make_blind237.py by
someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind237"


def test_a_contents_entry_wrapped_before_its_page_number() -> None:
    """Regression: a Word 目录 entry whose 文号 a soft break sets on a line of its own before the tab and the page
    number (…的通知↵（青政发〔2025〕11号）⇥（1）) was joined into one line, the tab lost: the 目录 was read as a document
    titled 目录, its entries clauses."""
    parsed = ingest_file(BLIND / "blind237_qingdao_gongbao.docx")
    assert "目录" not in [d.title for d in parsed.documents]
    assert not [c for c in parsed.clauses if c.text.startswith("【") or c.text.endswith("（3）")]
    assert parsed.report.removed["table_of_contents"] >= 8


def test_a_gazettes_cover_is_no_document() -> None:
    """Regression: the cover of a 公报 issue (青岛市人民政府公报 / GAZETTE OF … / 2025 / 第12期（总第535期） / …主办 /
    …出版) was an empty document of its own."""
    parsed = ingest_file(BLIND / "blind237_qingdao_gongbao.pdf")
    assert not [d for d in parsed.documents if d.title == "青岛市人民政府公报" and d.doc_number is None]
