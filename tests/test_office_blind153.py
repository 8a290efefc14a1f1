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
    line, both header rows were clauses and every row a bare ｜ list. (The book is one document since round 222, a
    sheet a 片区 under its name; the sheet's 填报单位 line stays a line of it.)"""
    parsed = ingest_file(BLIND / "blind153_hubei_ledger.xlsx")
    rows = [c for c in parsed.clauses if c.path == ("襄阳片区",) and c.kind == "table_row"]
    assert rows and all("序号：" in r.text for r in rows)
    assert any(r.fields.get("兑现情况／核定金额（万元）") == "231.60" for r in rows)
    assert sum(c.path == ("襄阳片区",) and c.kind == "table_header" for c in parsed.clauses) == 1
    assert any(c.path == ("襄阳片区",) and "2024.10.9" in c.text for c in parsed.clauses)


def test_a_cells_comment_is_read_beside_its_row() -> None:
    """Regression: the 批注 on the amounts (the reason for every 核减) were not read, and nothing said they had been
    there; each row's now stand in a 批注 column of their own, naming the column they were on, the amount untouched."""
    parsed = ingest_file(BLIND / "blind153_hubei_ledger.xlsx")
    row = next(c for c in parsed.clauses if "襄阳华中新能源商用车有限公司" in c.text and c.kind == "table_row")
    assert row.fields["兑现情况／核定金额（万元）"] == "231.60"
    assert row.fields["批注"] == ("兑现情况／核定金额（万元）：核减36.80万元：发往哈萨克斯坦阿拉木图的3批次班列运费已获省级中欧班列补贴，"
                                 "不重复支持。")
    plain = next(c for c in parsed.clauses if "湖北华楚国际工程有限公司" in c.text and c.kind == "table_row")
    assert not plain.fields.get("批注") and "批注" not in plain.text  # (a row without one shows none)


def test_a_comments_author_is_not_its_text() -> None:
    from bri_kb.ingest.sheet import comment_text

    assert comment_text("张伟:\n核减12万元：\n发票不符。", "张伟") == "核减12万元： 发票不符。"
    assert comment_text("核减12万元", None) == "核减12万元"
    assert comment_text("  ", "张伟") == ""


def test_a_notes_sheet_is_the_books_not_a_document() -> None:
    """Regression: the 说明 sheet (seven numbered notes on the whole book, no table) was a document of its own titled
    说明; round 100's 填表说明 sheet so too. Its notes now close the first sheet's document under their heading."""
    parsed = ingest_file(BLIND / "blind153_hubei_ledger.xlsx")
    assert [d.title for d in parsed.documents if d.title in ("说明", "填表说明")] == []
    first = parsed.documents[0]
    notes = [c for c in parsed.clauses if c.path == ("说明",)]
    assert len(notes) == 7 and all(c.doc_id == first.doc_id for c in notes)
    assert notes[0].text.startswith("1．本台账统计范围为2024年1月1日至2024年9月30日期间")
    older = ingest_file(DATA / "office" / "blind100" / "附件2：2025年境外经贸合作区申报汇总表.xlsx")
    assert len(older.documents) == 1 and sum(c.path == ("填表说明",) for c in older.clauses) == 5


def test_a_sheet_filled_in_by_a_zones_office_applies_in_the_zone() -> None:
    """Regression: the 武汉片区 sheet, filled in by the 片区's 工作办公室 (it has no 管理委员会), applied in all 武汉市
    while the 襄阳 and 宜昌 sheets applied in their 片区. (One document since round 222: each sheet's rows under its
    name, which is the 片区.)"""
    parsed = ingest_file(BLIND / "blind153_hubei_ledger.xlsx")
    for zone in ("武汉片区", "襄阳片区", "宜昌片区"):
        rows = [c for c in parsed.clauses if c.path == (zone,) and c.kind == "table_row"]
        assert rows and all(r.applies_to == (f"中国（湖北）自由贸易试验区{zone}",) for r in rows), zone


def test_a_right_aligned_cell_against_the_next_cells_text() -> None:
    """Regression: in the 汇总's PDF a row's 兑现率, set right in its cell, stood so close to the 备注 set left in the next
    that the two read as one word (备注：83.6%含中欧班列…) and the row lost its 兑现率; a cell's side parts words."""
    parsed = ingest_file(BLIND / "blind153_henan_ledger.pdf")
    row = next(c for c in parsed.clauses if c.fields.get("片区") == "郑州片区")
    assert row.fields["兑现情况／兑现率"] == "83.6%"
    assert row.fields["备注"] == "含中欧班列（郑州）集货奖励2,184.50万元"


def test_the_pdfs_notes_are_counted() -> None:
    """Regression: the 汇总's 批注, printed to PDF as notes (text annotations, off the text layer), were left out
    without a word; the report counts them."""
    assert ingest_file(BLIND / "blind153_henan_ledger.pdf").report.removed.get("comment") == 1
