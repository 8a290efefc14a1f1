"""Long Word tables that cross page breaks, printed to PDF by LibreOffice — a 任务分工表 whose merged 类别 cells a page
break cuts, a 政策清单 with a row the break cuts, a 片区 名单 over three pages (tests/data/office/blind227, made by
make_blind227.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind227"


def _rows(name: str) -> dict[str, dict[str, str]]:
    return {c.fields["序号"]: c.fields for c in ingest_file(BLIND / name).clauses if c.kind == "table_row" and "序号" in c.fields}


def test_a_row_the_break_cuts_beside_a_category_merged_down() -> None:
    """Regression: row 5 was cut by the page break beside a 任务类别 merged down into rows 6–9; the page's first two
    rows (the rest of row 5 and row 6) were read as a two-row header and joined with ／ (序号 6: 完成时限 12月／2024年
    11月), row 5 kept only its first page, and rows 11 and 12 were one (序号 11／12). The category cut by the break
    (做强中 / 欧班列枢纽) is whole again in every row it spans."""
    rows = _rows("blind227_khorgos_renwu.pdf")
    assert sorted(rows, key=int) == [str(n) for n in range(1, 16)]
    assert rows["5"]["具体任务"].startswith("常态化开行“霍尔果斯—阿拉木图”“霍尔果斯—塔什干”中亚班列")
    assert rows["6"]["完成时限"] == "2024年11月"
    assert {rows[n]["任务类别"] for n in ("5", "6", "7", "8", "9")} == {"做强中欧班列枢纽"}
    word = _rows("blind227_khorgos_renwu.docx")
    assert all(rows[n]["具体任务"] == word[n]["具体任务"] for n in word)


def test_a_zone_merged_down_to_the_tables_end_over_a_page_break() -> None:
    """Regression: the 崇左片区 cell, merged down from page 4 to the table's last row on page 5, prints blank there:
    rows 28–32 lost their 所在片区 and applied in the whole region. (A 合计 row atop a page still takes nothing.)"""
    parsed = ingest_file(BLIND / "blind227_guangxi_mingdan.pdf")
    last = [c for c in parsed.clauses if c.kind == "table_row" and c.fields.get("序号") in {"28", "29", "30", "31", "32"}]
    assert len(last) == 5 and all(c.fields["所在片区"] == "崇左片区" for c in last)
    assert all(c.applies_to == ("中国（广西）自由贸易试验区崇左片区",) for c in last)
    shaanxi = ingest_file(DATA / "office" / "blind5" / "b_shaanxi_announcement_merged.pdf")
    assert any(c.fields.get("片区") == "西安国际港务区片区" for c in shaanxi.clauses)  # (was 务区片区: its head cut)
    sichuan = ingest_file(DATA / "office" / "blind112" / "blind112_sichuan_notice.pdf")
    total = next(c for c in sichuan.clauses if c.fields.get("一级指标") == "合计")
    assert not total.fields.get("二级指标")
