"""Lists kept per place — a workbook with one sheet per 片区 and a hidden one, a Word 政策清单 whose rows are grouped by
片区 in merged cells, its PDF and a LibreOffice export of its table — written by someone who had not read the reader
(tests/data/office/blind127, made by make_blind127.py)."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.issuers import source_organ
from bri_kb.query.where import NO, PART, coverage
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind127"


def test_a_sheets_title_under_the_last_sheets_filler_line() -> None:
    """Regression: the 南沙 sheet's last line (填报人：李嘉欣　审核人：周　涛　联系电话：…) ran into the 前海 sheet's title; and a
    来源 naming the organ with the other name it goes by in brackets gave none. (The book is one document since round
    222, a sheet a 片区 under its name, as its writer counted it; each sheet's own title and 填报单位 line are kept.)"""
    parsed = ingest_file(BLIND / "blind127_guangdong_achievements.xlsx")
    (doc,) = parsed.documents
    assert doc.issuers == ("广东省自由贸易试验区工作办公室",)
    texts = [c.text for c in parsed.clauses]
    assert "中国（广东）自由贸易试验区深圳前海蛇口片区2024年制度创新成果清单" in texts
    assert any(t.startswith("填报人：李嘉欣") and "前海" not in t for t in texts)
    assert source_organ("深圳市前海深港现代服务业合作区管理局（中国（广东）自由贸易试验区深圳前海蛇口片区管理委员会）") == (
        "深圳市前海深港现代服务业合作区管理局")
    qianhai = [c for c in parsed.clauses if c.path == ("前海蛇口片区",) and c.kind == "table_row"]
    assert len(qianhai) == 4 and "中国（广东）自由贸易试验区深圳前海蛇口片区" in qianhai[0].applies_to


@pytest.mark.parametrize(("asked", "area", "verdict"), [
    ("南沙", "中国（广东）自由贸易试验区广州南沙新区片区", PART),
    ("前海", "中国（广东）自由贸易试验区深圳前海蛇口片区", PART),
    ("横琴", "中国（广东）自由贸易试验区珠海横琴新区片区", PART),
    ("南沙", "中国（广东）自由贸易试验区深圳前海蛇口片区", NO),
])
def test_a_district_asked_covers_the_zone_area_named_after_it(asked: str, area: str, verdict: str) -> None:
    """Regression: `--where 南沙` (or 前海, 横琴: districts the gazetteer lists beside their cities) hid every row of the 南沙
    片区 (仅适用于…广州南沙新区片区，不含南沙区): the 片区 named after a district lies in it."""
    gaz = gazetteer()
    place = gaz.resolve(asked)
    assert place is not None and coverage((area,), place, gaz)[0] == verdict


def test_cells_whose_lines_stand_at_different_heights_are_not_read_across() -> None:
    """Regression: in the PDF a cell's two lines (葡语国家产品进 / 口贴息) chained with lines set between them in the next
    cells into one row, read across character by character: 葡口语贴国息家产品进, and 300万元 in row 1 broke apart."""
    rows = {c.fields.get("序号"): c.fields for c in ingest_file(BLIND / "blind127_guangdong_policylist.pdf").clauses
            if c.kind == "table_row"}
    assert rows["7"]["政策事项"] == "葡语国家产品进口贴息"
    assert rows["7"]["政策依据"] == "《横琴粤澳深度合作区促进葡语国家商品进口若干措施》（琴执规〔2024〕6号）"
    assert "按建设投入的20%给予补贴" in rows["1"]["支持内容"]
