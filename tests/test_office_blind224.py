"""Pages of autonomous-region and border-province sites — a 自治区 portal notice printing its 方案, a 州商务局 page laid out
as a table a paragraph a row, a 口岸办 notice with its 附件 table on the page, a 边合区 page pasted from Word
(tests/data/office/blind224, made by make_blind224.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind224"


def test_articles_a_br_apart_in_a_layout_tables_cell() -> None:
    """Regression: a page laid out as a table of one cell a row set two articles in one cell, a <br> between them
    (第十四条…<br>第十五条…): 第十五条 was glued into 第十四条, and 第十八条 into 第十七条, without a word."""
    parsed = ingest_file(BLIND / "blind224_yili_banfa.html")
    labels = [c.label for c in parsed.clauses if c.kind == "article"]
    assert labels == [f"第{n}条" for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
                                            "十三", "十四", "十五", "十六", "十七", "十八")]
    fourteen = next(c for c in parsed.clauses if c.label == "第十四条")
    assert fourteen.text.startswith("第十四条 扶持资金") and "第十五条" not in fourteen.text


def test_an_attachments_closing_sentence_stays_under_it() -> None:
    """Regression: the 措施 printed as the notice's 附件 closes with 本措施自2024年4月1日起施行，有效期2年。, which lost its
    path (it read as the notice's own): the closing sentence of an appended part is that part's."""
    parsed = ingest_file(BLIND / "blind224_lincang_cuoshi.html")
    last = next(c for c in parsed.clauses if c.text.startswith("本措施自2024年4月1日起施行"))
    assert last.path and last.path[0].startswith("附件")


def test_a_header_cell_broken_to_fit_its_column() -> None:
    """Regression: header cells broken with <br> (冬季运输<br>方式) named their columns with a space (冬季运输 方式), in
    the header and in every row (round 169's 年度<br>上限 and round 178's too)."""
    parsed = ingest_file(BLIND / "blind224_heilongjiang_kouan.html")
    header = next(c for c in parsed.clauses if c.kind == "table_header")
    assert "冬季运输方式" in header.text and "计划开通时间" in header.text
    row = next(c for c in parsed.clauses if c.kind == "table_row")
    assert "冬季运输方式" in row.fields
