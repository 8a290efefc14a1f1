"""政策兑现 ledgers kept in Excel as offices keep them — a 汇总 sheet and one sheet per 片区, two header rows, hidden
rows and columns, 批注, hyperlinks, dates typed as dates or as text, 合计 rows of formulas, a 说明 sheet — and the 汇总
printed to PDF, written by someone who had not read the reader (tests/data/office/blind153, made by
make_blind153.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind153"


def test_a_sheet_dated_in_figures() -> None:
    """Regression: the 襄阳片区 sheet's 填报日期 is typed as text, 2024.10.9: its 填报单位 row was not read as the form's
    line, so the sheet had the 汇总's issuer and date, both header rows were clauses and every row a bare ｜ list."""
    parsed = ingest_file(BLIND / "blind153_hubei_ledger.xlsx")
    sheet = next(d for d in parsed.documents if "襄阳片区" in d.title)
    assert sheet.issuers == ("中国（湖北）自由贸易试验区襄阳片区管理委员会",)
    assert sheet.published == "2024-10-09"
    rows = [c for c in parsed.clauses if c.doc_id == sheet.doc_id and c.kind == "table_row"]
    assert rows and all("序号：" in r.text for r in rows)
    assert any(r.fields.get("兑现情况／核定金额（万元）") == "231.60" for r in rows)
