"""The spreadsheet reader's pure parts (ingest/sheet.py): a cell's value as its format shows it, and a sheet's
rows as lines, with nothing a cell holds lost."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.sheet import cell_value, sheet_lines
from bri_kb.ingest.workbook import workbook_lines


def test_cell_values_as_their_formats_show_them() -> None:
    assert cell_value(dt.datetime(2025, 12, 31)) == "2025年12月31日"
    assert cell_value(dt.datetime(2024, 3, 1), 'yyyy"年"m"月"') == "2024年3月"
    assert cell_value(0.155, "0.0%") == "15.5%" and cell_value(0.8, "0%") == "80%"
    assert cell_value(18650.5, "#,##0.00") == "18,650.50" and cell_value(41200, "#,##0") == "41,200"
    assert cell_value(3.2, "0.00") == "3.20" and cell_value(12.0) == "12" and cell_value(None) == ""
    assert cell_value("  长期有效 ") == "长期有效" and cell_value(True) == "是"


def test_a_sheet_with_its_title_fields_table_and_note() -> None:
    grid = [["2024年某片区任务表", "", ""], ["填报单位：某办公室", "", "填报日期：2024年5月6日"],
            ["序号", "任务", "牵头单位"], ["1", "建设海外仓", "市商务局"], ["注：以上为计划数。", "", ""]]
    assert sheet_lines(grid) == ["2024年某片区任务表", "填报单位：某办公室\u3000\u3000填报日期：2024年5月6日",
                                 "序号｜任务｜牵头单位", "1｜建设海外仓｜市商务局", "注：以上为计划数。"]
    # a header of two rows (as the merged cells give it: the row at index 0 heads with the one under it)
    two = [["片区", "外资", "外资"], ["片区", "2023年", "2024年"], ["郑州片区", "1.5", "2.0"]]
    assert sheet_lines(two, {0: 2})[0] == "片区｜外资／2023年｜外资／2024年"


def test_sheets_with_titles_of_their_own_are_documents_of_their_own() -> None:
    lines = workbook_lines([("2024年", ["甲片区2024年任务表", "序号｜任务"]), ("2025年", ["甲片区2025年任务表", "序号｜任务"])])
    assert lines == ["甲片区2024年任务表", "发布时间：", "序号｜任务", "甲片区2025年任务表", "发布时间：", "序号｜任务"]
    assert workbook_lines([("Sheet1", ["序号｜任务"])], "企业名单")[0] == "企业名单"


_CELL = st.text(alphabet=st.sampled_from(list("自贸试验区片区企业海外仓一二三0123456789.，。：；（）% ")), max_size=12)


@given(st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=1, max_size=8))
def test_nothing_a_cell_holds_is_lost(grid: list[list[str]]) -> None:
    """Every filled cell's text stands in the lines the sheet gives (spaces aside)."""
    text = re.sub(r"\s+", "", "\n".join(sheet_lines(grid)))
    for row in grid:
        for cell in row:
            assert re.sub(r"\s+", "", cell) in text
