"""Lists that FTZ and 商务 offices keep and publish as Excel workbooks (a 惠企政策清单, a 重点任务分工表 with a
sheet a year, an 认定名单), by someone who had not read the reader (tests/data/office/blind93, made by
make_blind93.py with openpyxl), and the workbooks the reader must refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from bri_kb.errors import IngestError
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind93"


def test_a_policy_list_is_its_rows_with_the_category_merged_down_and_dates_as_printed() -> None:
    parsed = ingest_file(BLIND / "blind93_hunan_policylist.xlsx")
    (doc,) = parsed.documents
    assert doc.title == "2024年中国（湖南）自由贸易试验区惠企政策清单"
    assert (doc.level, doc.region, doc.published, doc.doc_number) == ("provincial", "湖南省", "2024-03-15", None)
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert [r.fields["政策类别"] for r in rows] == ["贸易便利化"] * 3 + ["跨境电商"] * 2 + ["金融支持"] * 2 + ["人才引进"]
    assert rows[3].fields["有效期至"] == "2025年12月31日" and rows[7].fields["有效期至"] == "长期有效"
    assert rows[0].fields["文号"] == "湘商发〔2023〕21号"
    assert [c.kind for c in parsed.clauses if c.text.startswith("注：")] == ["note"]


def test_a_sheet_a_year_is_a_document_a_year_each_with_its_header() -> None:
    """Regression: the two sheets (2024年, 2025年) were one document titled 2024年, and the 2025 sheet's header,
    the same as 2024's, was removed as a repeated paragraph, so its first task became the header."""
    parsed = ingest_file(BLIND / "blind93_changsha_taskdivision.xlsx")
    first, second = parsed.documents
    assert first.title == "中国（湖南）自由贸易试验区长沙片区2024年重点任务分工表"
    assert second.title == "中国（湖南）自由贸易试验区长沙片区2025年重点任务分工表"
    # no issuer is printed: the one 片区 the title names gives its city
    assert (second.level, second.region) == ("municipal", "长沙市")
    rows = [c for c in parsed.clauses if c.doc_id == second.doc_id and c.kind == "table_row"]
    assert [r.fields["序号"] for r in rows] == ["1", "2", "3", "4"]
    assert rows[0].fields["重点任务"] == "对接高标准经贸规则"
    assert rows[0].fields["责任单位／牵头单位"] == "长沙片区管理办公室" and rows[0].fields["完成进度"] == "25%"
    assert not any("下拉" in c.text for c in parsed.clauses)  # the hidden sheet of drop-down values


def test_codes_stored_as_text_and_amounts_as_the_sheet_shows_them() -> None:
    rows = [c for c in ingest_file(BLIND / "blind93_hunan_rendingmingdan.xlsx").clauses if c.kind == "table_row"]
    assert rows[0].fields["统一社会信用代码"] == "914301007533221456"
    assert rows[0].fields["2023年跨境电商交易额（万元）"] == "18,650.50"  # as its #,##0.00 format shows it


def test_a_second_table_of_the_same_columns_keeps_its_header(tmp_path: Path) -> None:
    """Regression: a table's header over a second table with the same (long) columns, under its own heading,
    was removed as a repeated paragraph; the second table's first row became its header."""
    from openpyxl import Workbook

    header = ["序号", "重点任务名称", "具体工作措施", "牵头责任单位", "配合责任单位", "完成时限"]
    wb = Workbook()
    ws = wb.active
    ws.append(["南宁片区2025年重点任务清单"])
    ws.append(["一、制度创新"])
    ws.append(header)
    ws.append(["1", "跨境金融", "开展跨境人民币结算便利化试点", "市金融办", "人民银行", "2025年6月"])
    ws.append(["二、开放平台"])
    ws.append(header)
    ws.append(["1", "中国—东盟商品交易中心", "建设东盟商品集散中心", "市商务局", "南宁海关", "2025年12月"])
    wb.save(tmp_path / "清单.xlsx")
    rows = [c for c in ingest_file(tmp_path / "清单.xlsx").clauses if c.kind == "table_row"]
    assert [r.fields["重点任务名称"] for r in rows] == ["跨境金融", "中国—东盟商品交易中心"]


def test_a_workbook_this_tool_exported_or_with_nothing_in_it_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["文号", "标题", "条款"])
    wb.create_sheet("条款原文").append(["引用", "条款全文", "文件", "页", "起行", "止行"])
    wb.save(tmp_path / "导出.xlsx")
    with pytest.raises(IngestError, match="本工具导出的表格"):
        ingest_file(tmp_path / "导出.xlsx")
    Workbook().save(tmp_path / "空.xlsx")
    with pytest.raises(IngestError, match="Excel 文件中没有文字"):
        ingest_file(tmp_path / "空.xlsx")
    (tmp_path / "坏.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(IngestError, match="无法读取的 Excel 文件"):
        ingest_file(tmp_path / "坏.xlsx")
