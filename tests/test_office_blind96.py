"""Harder spreadsheets from FTZ and 一带一路 offices (two tables on a sheet under a form's fields, a wide table
with a two-row header and a 说明 block under it, a list without a title row), made with openpyxl and saved again
by LibreOffice as an office saves them, by someone who had not read the reader (tests/data/office/blind96, made
by make_blind96.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind96"


def test_a_forms_fields_are_lines_and_a_second_table_has_its_own_header() -> None:
    """Regression: 填报单位（盖章）：…｜填报日期：… was taken for the table's header, so no row had field names; and a
    second table under its heading (二、复制推广情况) took the first table's header, its own header a row."""
    parsed = ingest_file(BLIND / "blind96_四川_制度创新成果汇总表.xlsx")
    (doc,) = parsed.documents
    assert doc.published == "2024-12-20" and doc.issuers == ("成都天府新区自贸试验区工作办公室",)
    headers = [c.text for c in parsed.clauses if c.kind == "table_header"]
    assert [h.split("｜")[2] for h in headers] == ["所属领域", "推广范围"]
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert rows[0].fields["成果名称"] == "跨境电商零售进口退货中心仓“区内直退”模式"
    assert rows[0].fields["形成时间"] == "2024年3月"  # a date formatted without its day
    promoted = [r for r in rows if "推广方式" in r.fields]
    assert [r.fields["推广范围"] for r in promoted][:2] == ["全省自贸试验区", "全省"]
    assert [c.kind for c in parsed.clauses if c.text.startswith("二、复制推广情况")] == ["heading"]
    assert any(c.kind == "paragraph" and c.text.startswith("填表人：王晓林") for c in parsed.clauses)


def test_a_group_over_its_columns_names_each_and_a_note_block_is_text() -> None:
    """Regression: 去程 merged over 开行列数｜发运标箱（TEU）｜重箱率 named the first column only (the others 列5, 列6);
    编制单位：… above the header was glued into the first column's name; the 说明 lines under the table and 制表：…
    were rows of it (a date in the 测算补贴额 column)."""
    parsed = ingest_file(BLIND / "blind96_河南_中欧班列运营补贴测算表.xlsx")
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    first = rows[0].fields
    assert first["去程／发运标箱（TEU）"] == "41,200" and first["去程／重箱率"] == "96.2%"
    assert first["回程／重箱率"] == "91.5%" and first["序号"] == "1"
    assert first["测算补贴额"] == "115,200,000"
    assert len(rows) == 6 and rows[-1].fields["序号"] == "合计"
    texts = [c.text for c in parsed.clauses if c.kind != "table_row"]
    assert any(t.startswith("2.单条线路年度去程重箱率低于60%的") for t in texts)
    assert any(t.startswith("制表：对外贸易处") for t in texts)


def test_a_list_without_a_title_row_is_named_by_its_file() -> None:
    """Regression: the file's name had the first sheet's name glued on (…2025年一季度项目清单)."""
    parsed = ingest_file(BLIND / "blind96_重庆_境外经贸合作区重点项目清单2025年一季度.xlsx")
    (doc,) = parsed.documents
    assert doc.title == "blind96_重庆_境外经贸合作区重点项目清单2025年一季度"
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert rows[3].fields["计划总投资（万美元）"] == "12,500.00" and rows[3].fields["预计投产时间"] == "2025年11月"
    assert any(c.text.startswith("三、“建设阶段”从下拉选项中选择") for c in parsed.clauses)
