"""Spreadsheets the reader had not seen (a cross-tab with a three-level header and the form's fields under it, a
台账 with hidden rows and columns and merged cells over empty columns, a project list with category rows between
groups), saved again by LibreOffice, by someone who had not read the reader (tests/data/office/blind98, made by
make_blind98.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind98"


def test_a_header_of_three_levels_names_every_column_and_the_form_says_who_and_when() -> None:
    """Regression: 片区 merged down three rows beside 主要开放型经济指标 / 实际使用外资 / 2021年 was read as three rows
    (the second and third each taken for a new table, their first cell repeating 片区), so no row had names; and the
    填报单位：…　填报日期：… line under the table gave the document no issuer and no day."""
    parsed = ingest_file(BLIND / "blind98_山东_自贸试验区分片区利用外资和进出口统计表.xlsx")
    (doc,) = parsed.documents
    assert doc.issuers == ("山东省自由贸易试验区工作办公室",) and doc.published == "2025-02-18"
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    qingdao = next(r for r in rows if r.fields.get("片区") == "青岛片区")
    assert qingdao.fields["主要开放型经济指标／实际使用外资／2024年"] == "27.94"
    assert qingdao.fields["主要开放型经济指标／进出口总额／2021年"] == "2036.80"  # (its 0.00 format)
    assert qingdao.applies_to == ("中国（山东）自由贸易试验区青岛片区",)
    assert len([c for c in parsed.clauses if c.kind == "table_header"]) == 1


def test_hidden_rows_and_columns_are_not_read_and_merged_cells_leave_no_empty_columns() -> None:
    """Regression: a hidden row (a withdrawn application) and hidden columns (credit codes, the clerk's telephone)
    were read as the others; 未兑现原因 merged over three columns gave fields 列7 and 列8, empty."""
    parsed = ingest_file(BLIND / "blind98_湖北_武汉片区惠企政策兑现台账.xlsx")
    text = "\n".join(c.text for c in parsed.clauses)
    assert "武汉云帆数科有限公司" not in text and "027-87651005" not in text and "统一社会信用代码" not in text
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert [r.fields["序号"] for r in rows] == ["1", "2", "3", "4", "合计", "1", "2"]
    assert rows[4].fields["兑现率"] == "76.7%"  # as its 0.0% format shows it
    reasons = rows[5].fields
    assert reasons["未兑现原因"].startswith("申报人员社保缴纳不满12个月") and not any(k.startswith("列") for k in reasons)
    assert reasons["责任单位"] == "东湖高新区人才局"


def test_category_rows_between_groups_are_headings() -> None:
    """(The second sheet, 储备项目 under its own title, is a part of the book's one document since round 222: six later
    writers counted a workbook as one document, this round's two.)"""
    parsed = ingest_file(BLIND / "blind98_陕西_一带一路重点项目清单.xlsx")
    (doc,) = parsed.documents
    assert doc.title == "陕西省2025年共建“一带一路”重点项目清单"
    headings = [c.text for c in parsed.clauses if c.kind == "heading"]
    assert "二、能源资源" in headings and "储备项目" in headings
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert rows[0].fields["总投资（亿美元）"] == "3.20"
    assert any(c.path == ("储备项目",) and c.kind == "table_row" for c in parsed.clauses)
