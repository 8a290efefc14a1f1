"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind27, made by make_blind27.py): a notice with a
申报指南 and a 申报表 form, a 6-page plan with its short title as running header
(PDF), and a 公示 of 25 enterprises over two pages (PDF)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind27"


def test_a_contacts_fields_are_lines_of_their_own() -> None:
    """Regression: in the PDF "联系电话：…（传真）" ran on into "电子邮箱：…" (the first line nearly fills the
    column, so it was taken for a wrapped one)."""
    texts = [c.text for c in ingest_file(BLIND / "blind27_publicity.pdf").clauses]
    assert "联系电话：0871-63218546，0871-63218570（传真）" in texts
    assert "电子邮箱：ynswt_dwtz@126.com" in texts


def test_a_forms_label_beside_its_blank_is_a_row_not_a_heading() -> None:
    """Regression: "合作区名称" and "合作区建设运营情况简介（限500字）", label cells beside empty value
    cells of the 申报表, were read as category headings over the rows under them."""
    clauses = ingest_file(BLIND / "blind27_guide_form.docx").clauses
    for label in ("合作区名称", "合作区建设运营情况简介（限500字）"):
        row = next(c for c in clauses if c.text == label)
        assert row.kind == "table_row"
    assert not any(label in c.path for c in clauses for label in ("合作区名称",))


def test_a_running_title_and_page_footer_are_no_clauses() -> None:
    """Read right at first reading: the short title repeated atop pages 2–6, "第 N 页 共 6 页", a table row
    cut by a page break joined back."""
    parsed = ingest_file(BLIND / "blind27_running_title.pdf")
    assert sum(c.kind == "table_row" for c in parsed.clauses) == 12
    assert not any("共 6 页" in c.text or "共6页" in c.text for c in parsed.clauses)
    assert len(parsed.clauses) == len({c.text for c in parsed.clauses})
