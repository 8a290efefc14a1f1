"""Ordinary pages of four more sites saved from the browser — a 中国政府网 国务院文件 page, a 省商务厅 notice whose 附件
is shown in an embedded PDF viewer, a 市商务局 page whose table lists several 企业 in a cell, and a 片区's 公示 list drawn
as <ul><li><span> (tests/data/office/blind184, made by make_blind184.py by someone who had not read the reader)."""

from __future__ import annotations

from pathlib import Path

from bri_kb.index.sources import collect_files
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind184"


def test_a_list_drawn_as_a_table_is_read_as_rows() -> None:
    """Regression: the 公示's twelve projects, one <li> a row and one <span> a column, were two run-together paragraphs
    (…喀什经济开发区1862新疆帕米尔…: an amount ran into the next row's 序号), no project's amount readable."""
    rows = [c for c in ingest_file(BLIND / "blind184_kashi_gongshi.html").clauses if c.kind == "table_row"]
    assert len(rows) == 13  # (twelve projects and the 合计)
    assert rows[0].text.startswith("序号：1\n申报企业：") and rows[0].text.endswith("拟扶持金额（万元）：186")
    assert rows[-1].text.startswith("序号：合计") and rows[-1].text.endswith("：1286")


def test_an_attachment_shown_in_an_embedded_viewer_is_read_with_the_page(tmp_path: Path) -> None:
    """Regression: the 行动方案 the notice carries is only in the page's _files folder, shown by <object>/<embed>: given
    the page alone, it was never read and nothing said so (15 clauses lost)."""
    files = collect_files([BLIND / "blind184_yunnan_swt.html"]).files
    assert [f.name for f in files] == ["blind184_yunnan_swt.html", "P020240522563214789012.pdf"]
    assert len(collect_files([BLIND]).files) == 5  # (the folder walked: the PDF once)


def test_a_rows_district_column_places_it() -> None:
    """Regression: each row's 所在区（市） (黄岛区, 市南区…) was no place column; every row applied in all 青岛市."""
    rows = [c for c in ingest_file(BLIND / "blind184_qingdao_swj.html").clauses if c.kind == "table_row"]
    assert rows[0].applies_to == ("黄岛区",)


def test_an_item_for_zones_named_by_their_provinces_short() -> None:
    """Regression: 3.在广西、云南自贸试验区复制推广… and 4.在上海、浙江、广东自贸试验区和海南自由贸易港… applied in all 22 zones."""
    applies = {c.label: c.applies_to for c in ingest_file(BLIND / "blind184_govcn_guohan.html").clauses}
    assert applies["（二）3."] == ("中国（广西）自由贸易试验区", "中国（云南）自由贸易试验区")
    assert applies["（二）4."] == ("中国（上海）自由贸易试验区", "中国（浙江）自由贸易试验区", "中国（广东）自由贸易试验区")
