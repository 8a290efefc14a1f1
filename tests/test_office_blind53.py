"""Word files as they leave a desk: unaccepted tracked changes and comments, web text
pasted into Word, a 特急 notice whose 版头 is a borderless table, by someone who had
not read the reader (tests/data/office/blind53, made by make_blind53.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind53"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_two_organs_stacked_in_one_cell_of_the_masthead_are_two_issuers(suffix: str) -> None:
    """Regression: the Word file's 版头 set 钦州市商务局 over 钦州市交通运输局 in one cell (文件 in the next);
    the mark was read as one name, 钦州市商务局钦州市交通运输局文件, and the second issuer became
    "钦州市商务局钦州市交通运输局" (an --issuer 钦州市交通运输局 filter missed the notice)."""
    (doc,) = ingest_file(BLIND / f"blind53_qinzhou_jinji.{suffix}").documents
    assert doc.issuers == ("钦州市商务局", "钦州市交通运输局")
    assert doc.issuing_mark == "钦州市商务局 钦州市交通运输局文件"
    assert doc.doc_number is not None and doc.doc_number.text == "钦商务发〔2024〕27号"


def test_tracked_changes_read_as_the_final_text_and_comments_stay_out() -> None:
    """Held: insertions kept, deletions dropped, comments (批注) not in the body, as the PDF prints it."""
    docx, pdf = (ingest_file(BLIND / f"blind53_shaanxi_tongzhi.{x}") for x in ("docx", "pdf"))
    for parsed in (docx, pdf):
        (doc,) = parsed.documents
        assert doc.doc_number is not None and doc.doc_number.text == "陕商发〔2024〕118号"
        assert doc.signed == "2024-06-12" and "进一步" in doc.title
        texts = "".join(c.text for c in parsed.clauses)
        assert "原稿50列偏低" not in texts and "请与省交通运输厅核对" not in texts
    # Regression: the Word file's three 批注 were left out without a word; the report counts them.
    assert docx.report.removed.get("comment") == 3


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_table_inside_an_article_gives_rows_with_their_headers(suffix: str) -> None:
    """Regression: 第五条's table (11 rows, cut by hand over two pages with 续表 and its header typed again)
    stayed inside the article as "a｜b｜c" lines, 续表 and the second header with them (in the PDF 续表 was
    read into the last cell above it, "50续表")."""
    parsed = ingest_file(BLIND / f"blind53_qingdao_xize.{suffix}")
    article = next(c for c in parsed.clauses if c.label == "第五条")
    assert article.text == "第五条 第四条所列事项的具体支持标准见下表，单家企业年度累计支持金额最高不超过200万元。"
    rows = [c for c in parsed.clauses if c.kind.value == "table_row" and c.path[-1:] == ("第五条",)]
    assert [r.fields["序号"] for r in rows] == [str(n) for n in range(1, 12)]
    assert rows[6].fields["单家企业年度上限（万元）"] == "50"
    assert rows[8].fields["支持事项"] == "开行中欧班列（整列）" and rows[8].fields["支持标准"] == "每列补助2万元"
    assert not any("续表" in c.text for c in parsed.clauses)


def test_an_articles_table_is_looked_up_with_the_article(tmp_path: Path) -> None:
    from bri_kb.index.kb import build
    from bri_kb.query.search import KnowledgeBase

    home = tmp_path / "kb"
    build([BLIND / "blind53_qingdao_xize.docx"], home)
    kb = KnowledgeBase(home)
    try:
        found = kb.clause("青商发〔2024〕58号", "第五条")
    finally:
        kb.close()
    assert [c.kind.value for c in found][:2] == ["article", "table_header"] and len(found) == 13


@given(st.lists(st.sampled_from(["甲｜乙", "1｜a", "2｜b", "续表", "正文。", "（续表）"]), max_size=12))
def test_joining_a_cut_table_drops_only_its_label_and_repeated_header(texts: list[str]) -> None:
    from bri_kb.ingest.reflow import Paragraph
    from bri_kb.ingest.table_paragraphs import continued_tables

    out = [p.text for p in continued_tables([Paragraph((), t) for t in texts])]
    assert len(out) <= len(texts)
    dropped = list(texts)
    for t in out:  # what is kept comes in order, and only labels and header rows go
        dropped.remove(t)
    # (a dropped row repeats the header kept above it: the first row of its table)
    assert all(t in ("续表", "（续表）") or "｜" in t and t in out for t in dropped)
