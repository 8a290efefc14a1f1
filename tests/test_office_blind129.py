"""Statistical tables as offices draw them — a 斜线表头, group names set vertically in merged cells, a unit line,
negative figures and —, notes marked ①②, a 合计 row — in a Word report, its PDF and a workbook, written by someone
who had not read the reader (tests/data/office/blind129, made by make_blind129.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind129"


def test_a_sheets_two_row_header_under_a_diagonal_cell_two_columns_wide() -> None:
    """Regression: the sheet's header of two rows (合计, 天府新区片区, 青白江铁路港片区 merged across, 1-9月 and 同比增长 under
    them) beside a diagonal cell merged over two columns and two rows was not read as a header: its rows were bare
    cells (外资｜实际使用外资①｜6.42｜-12.6%…), no value saying which 片区 it is for."""
    clauses = ingest_file(BLIND / "blind129_chengdu_indicators.xlsx").clauses
    row = next(c for c in clauses if c.kind == "table_row" and "进出口总额" in c.text)
    assert row.fields["天府新区片区／1-9月"] == "1102.7" and row.fields["青白江铁路港片区／同比增长"] == "14.9%"


def test_a_sheet_filled_in_above_its_table_and_dated_under_it() -> None:
    """Regression: 填报单位：成都市商务局（盖章） over the table and 填报日期：2024年10月18日 under it gave the sheet no issuer
    or date, and it was read as the province's (四川省) from its title."""
    doc = ingest_file(BLIND / "blind129_chengdu_indicators.xlsx").documents[0]
    assert doc.issuers == ("成都市商务局",) and doc.published == "2024-10-18"
    assert doc.level == "municipal" and doc.region == "成都市"
