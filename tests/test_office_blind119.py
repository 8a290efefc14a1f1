"""Money as offices allocate it — a joint 资金下达通知 with a 分配表 of cities and 片区, a 绩效目标表, a 片区 公示 of 50
recipients over two pages — written by someone who had not read the reader (tests/data/office/blind119, made by
make_blind119.py)."""

from __future__ import annotations

import pytest

from bri_kb.query.labels import label_variants
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind119"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_allocation_tables_rows_apply_in_their_city(suffix: str) -> None:
    """Regression: every row of the 分配表 (市别｜项目单位｜…) applied in all 广西, so `--where 钦州市` answered with the 合计
    row and 南宁市's amounts: a row whose 市别 names a city applies there (自治区本级 and 合计 stay region-wide)."""
    rows = {c.fields.get("市别", ""): c.applies_to for c in ingest_file(BLIND / f"blind119_guangxi_zijin.{suffix}").clauses
            if c.fields.get("市别")}
    assert rows["钦州市"] == ("钦州市",) and rows["防城港市"] == ("防城港市",)
    assert rows["自治区本级"] == ("广西壮族自治区",)  # (the PDF cuts that row at a page break)


def test_the_rest_of_a_row_the_page_break_cut_inside_its_first_cell_joins_it() -> None:
    """Regression: in the PDF the page break cut the 自治区本级 row inside every cell (自治区本 / 级, …创新成果 /
    第三方评估, 由自治区 / 商务厅统筹使用); the rest atop page 6, its first cell not empty, was read as a row of its own
    (市别：级, no 项目单位, no amount) and the row above kept the halves."""
    parsed = ingest_file(BLIND / "blind119_guangxi_zijin.pdf")
    rows = [c.fields for c in parsed.clauses if c.kind == "table_row"]
    assert rows[-2] == {"市别": "自治区本级", "项目单位": "广西壮族自治区商务厅", "项目名称": "自贸试验区制度创新成果第三方评估",
                        "下达金额（万元）": "120.00", "备注": "由自治区商务厅统筹使用"}
    assert rows[-1]["市别"] == "合 计" and rows[-1]["下达金额（万元）"] == "6,333.30"


def test_a_notice_titled_as_a_publicity_with_no_addressee() -> None:
    """Regression: in the PDF the 公示's title (no 主送 under it) ran on into the first sentence, 根据《…》…有关规, and the first
    clause began 定，经企业申报… (公示 named no 文种)."""
    parsed = ingest_file(BLIND / "blind119_honghe_gongshi.pdf")
    assert parsed.documents[0].title.endswith("拟补助企业名单的公示")
    assert parsed.clauses[0].text.startswith("根据《中国（云南）自由贸易试验区红河片区")


def test_a_bare_number_names_a_table_row_with_no_serial_column() -> None:
    """Regression: `bri where 桂财外〔2024〕45号 4` failed, saying 表格行为第1行至第10行."""
    assert "第4行" in label_variants("4")
