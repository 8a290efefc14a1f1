"""Five more documents written the way offices write them by someone who had
not read the reader (tests/data/office/blind3, made by make_blind3.py with
python-docx and LibreOffice): a 会议纪要, a 批复, a notice laid out inside a
one-column Word table with a 名单 attachment, an 办法 carried by its 印发 notice,
and a 工作简报. Each test is a problem that a first reading showed."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind3"


def test_a_notice_laid_out_in_a_one_column_table_is_read_as_paragraphs() -> None:
    """Regression: the whole notice sat in a one-column Word table (a template's frame) and became the
    document's title, one cell per line: no items, a 文号 glued to the masthead, no date."""
    parsed = ingest_file(BLIND / "l_layout_table_list.docx")
    (doc,) = parsed.documents
    assert doc.title == "云南省商务厅关于公布中国（云南）自由贸易试验区2021年度重点培育企业名单的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "云商发〔2021〕23号"
    assert (doc.signed, doc.effective, doc.expires) == ("2021-05-20", "2021-05-20", "2023-05-19")
    assert [c.label for c in parsed.clauses if c.kind == "item"] == ["一、", "二、", "三、", "四、"]
    assert len([c for c in parsed.clauses if c.kind == "table_row"]) == 30


@pytest.mark.parametrize("fmt", ["docx"])
def test_an_item_title_listed_in_the_table_of_contents_is_kept_where_it_heads_its_item(fmt: str) -> None:
    """Regression: a 简报 lists its items' titles under 本期要目; the second copy of a title of 20 characters
    or more, the one over its item, was dropped as a duplicate paragraph."""
    parsed = ingest_file(BLIND / f"n_work_bulletin.{fmt}")
    title = "青岛片区“齐鲁号”欧亚班列年内开行突破1000列"
    assert sum(title in c.text for c in parsed.clauses) == 2
