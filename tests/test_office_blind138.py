"""Amendments as offices publish them beside the rule they change — a 省人民政府令 with its 决定, a 修改前后对照表 whose
cells hold whole articles (struck-through and underlined words, empty cells for articles added or deleted, rows over
page breaks), and the rule re-published in full — written by someone who had not read the reader
(tests/data/office/blind138, made by make_blind138.py)."""

from __future__ import annotations

from bri_kb.vocabulary import squash
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind138"


def _rows(name: str) -> list[dict[str, str]]:
    return [dict(c.fields) for c in ingest_file(BLIND / name).clauses if c.kind == "table_row"]


def test_an_empty_cell_under_a_row_the_page_break_cut() -> None:
    """Regression: in the PDF, the deleted 第九条's empty 修改后 cell, under 第七条's row that a page break cut, took
    第七条's new text, as a category merged down across the break would be: a deletion read as an amendment."""
    pdf, word = _rows("blind138_hubei_duizhao.pdf"), _rows("blind138_hubei_duizhao.docx")
    third = next(r for r in pdf if r.get("序号") == "3")
    assert third["修改前"].startswith("第九条") and not third.get("修改后")
    assert [squash(r.get("修改后", "")) for r in pdf] == [squash(r.get("修改后", "")) for r in word]


def test_a_note_under_the_title_is_no_part_of_it() -> None:
    """Regression: the PDF's title ran on into the note under it (…修改前后对照表说明：本表根据…编制。左栏为), and the
    note began mid-sentence: a line that opens with a label (说明：) or holds a sentence's end carries no title on."""
    parsed = ingest_file(BLIND / "blind138_hubei_duizhao.pdf")
    assert parsed.documents[0].title == "《中国（湖北）自由贸易试验区管理办法》修改前后对照表"
    assert any(c.text.startswith("说明：本表根据") for c in parsed.clauses)


def test_an_item_that_quotes_another_law_in_its_new_words() -> None:
    """Regression: item 八 (将第二十条中的“…”修改为“依照《中华人民共和国行政处罚法》的规定确定…”) named no change to the
    rule it amends: the law quoted in its new words was taken for the document the item speaks of."""
    for name in ("blind138_hubei_decision.docx", "blind138_hubei_decision.pdf"):
        changes = ingest_file(BLIND / name).documents[0].changes
        assert any(c.action == "amend" and c.articles == ("第二十条",) for c in changes), name
