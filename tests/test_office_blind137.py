"""Spreadsheets printed to PDF as offices publish lists — merged title rows, 填报 lines, two-row headers, wrapped
cells, print titles repeated on every page, page-of-pages footers, category rows across the sheet, a 合计 row —
written by someone who had not read the reader (tests/data/office/blind137, made by make_blind137.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind137"
ZONE = "中国（湖南）自由贸易试验区长沙片区"


def test_a_list_a_zone_committees_bureau_fills_in_applies_in_the_zone() -> None:
    """Regression: the 长沙片区's case list, filled in by the committee's 综合协调局 (长沙片区管委会综合协调局), applied
    in all 长沙市: a bureau of a 片区's committee rules in its 片区, as the committee does."""
    for name in ("blind137_changsha_cases.pdf", "blind137_changsha_cases.xlsx"):
        parsed = ingest_file(BLIND / name)
        assert {c.applies_to for c in parsed.clauses} == {(ZONE,)}, name


def test_the_printed_lists_rows_are_whole() -> None:
    """Found right: the print titles repeated on each page and the 第 N 页，共 3 页 footers are dropped, wrapped cells
    are whole, the category rows carry over the page breaks, and the PDF reads as the workbook."""
    pdf = [dict(c.fields) for c in ingest_file(BLIND / "blind137_hubei_projects.pdf").clauses if c.kind == "table_row"]
    xlsx = [dict(c.fields) for c in ingest_file(BLIND / "blind137_hubei_projects.xlsx").clauses if c.kind == "table_row"]
    assert len(pdf) == len(xlsx) >= 28
    assert [r.get("项目名称") for r in pdf] == [r.get("项目名称") for r in xlsx]
    cases = [c for c in ingest_file(BLIND / "blind137_changsha_cases.pdf").clauses if c.kind == "table_row"]
    assert cases[-2].path[-1].startswith("四、")


def test_a_total_row_is_under_no_category() -> None:
    """Regression: the list's 合计 row (共22项…) was filed under the last category row above it (四、政府职能转变), as round
    98's workbook's was under 三、产业园区与经贸合作: a 合计 sums the whole table."""
    for name in ("blind137_changsha_cases.pdf", "blind137_changsha_cases.xlsx"):
        total = next(c for c in ingest_file(BLIND / name).clauses if c.fields.get("序号") == "合计")
        assert total.path == (), name
    total = next(c for c in ingest_file(DATA / "office" / "blind98" / "blind98_陕西_一带一路重点项目清单.xlsx").clauses
                 if c.fields.get("序号") == "合计")
    assert total.path == ("重点项目",)  # (its sheet's, not the category's)
