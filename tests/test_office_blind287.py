"""A national-level 政策文件汇编 as a book prints it (title page, 出版说明, 目录, four parts, documents run on one after
another, running heads: the book's title on even pages, the part's name on odd ones) — written by someone who had not
read the reader (tests/data/office/blind287, made by make_blind287.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind287"


def test_a_books_alternating_running_heads_are_left_out() -> None:
    """Regression (PDF): the book's title atop its even pages and the part's name atop its odd ones (each on fewer
    than half the pages) stayed in the text: glued onto clauses at page breaks (…绿色信贷产品。自由贸易试验区政策文件汇编)
    and, as 二、贸易便利化 over a document's title, swallowing the 国办发〔2024〕23号 意见 into the document before it."""
    parsed = ingest_file(BLIND / "blind287_guojia_huibian.pdf")
    assert not any(c.text.endswith("自由贸易试验区政策文件汇编") or "一、总体方案对经" in c.text for c in parsed.clauses)
    assert "国务院办公厅关于进一步优化口岸营商环境促进跨境贸易便利化的意见" in [d.title for d in parsed.documents]
