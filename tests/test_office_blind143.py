"""Flowcharts and diagrams drawn in Word — an 办事指南's 办理流程 of shapes, decisions and labelled connectors, a row of
boxes with arrows, a 一图读懂 of text boxes — and their PDFs, written by someone who had not read the reader
(tests/data/office/blind143, made by make_blind143.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind143"


def test_rules_under_a_row_of_boxes_fence_no_text() -> None:
    """Regression: in the guide's PDF, the rules under a row of five boxes with arrows between them (申请 → 受理 → 审查
    → 备案 → 发证) ran on down the page and fenced the text below into one column of a table: sections 八、 (no fee; the
    certificate lapses after two years) and 九、 (whom to call) were lost, and the 版记 was a table row."""
    parsed = ingest_file(BLIND / "blind143_yueyang_guide.pdf")
    texts = [c.text for c in parsed.clauses]
    assert any(c.path[-1:] == ("八、收费标准及办理结果",) and "证书自动失效" in c.text for c in parsed.clauses)
    assert any(c.path[-1:] == ("九、咨询及监督",) and "0730-8295106" in c.text for c in parsed.clauses)
    assert "八、收费标准及办理结果" in texts and "九、咨询及监督" in texts
    assert parsed.documents[0].cc


def test_an_infographic_drawn_as_boxes_placed_on_the_page() -> None:
    """Regression: the 一图读懂's boxes, all anchored in one empty paragraph and placed on the page, were read in the
    order they were drawn (申报指引 first, the title's boxes near the end): the Word file was titled 申报指引 and took the
    policy's dates; the PDF's title, its label 一图读懂 over the quoted title, was 一图读懂 alone; neither had its
    date (…管理委员会　2024年10月16日发布). Boxes placed on the page read top to bottom, left to right."""
    for suffix in ("docx", "pdf"):
        doc = ingest_file(BLIND / f"blind143_yantai_yitu.{suffix}").documents[0]
        assert doc.title == "一图读懂《中国（山东）自由贸易试验区烟台片区支持企业深度融入共建“一带一路”若干措施》", suffix
        assert doc.published == "2024-10-16" and doc.effective is None and doc.expires is None
