"""Excel workbooks offices attach to notices — a 清单 grouped by merged rows, a 任务分工表 with Alt+Enter cells, a 名单
with footnotes and a 填报单位 line under it, a book whose first sheet is its 填报说明 (tests/data/office/blind222, made by
make_blind222.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind222"


def test_a_first_sheet_of_notes_goes_with_the_table_it_explains() -> None:
    """Regression: a book whose first sheet is its 填报说明 was read as two documents, the first titled 填报说明 and
    ending in a made-up 落款 (the first line of the table's title, typed over two lines of its cell with Alt+Enter)."""
    parsed = ingest_file(BLIND / "blind222_hubei_tianbao.xlsx")
    (doc,) = parsed.documents
    assert doc.title == "中国（湖北）自由贸易试验区2024年第三季度重点外资项目进展情况表"
    assert doc.issuers == ("湖北省商务厅",) and doc.published == "2024-10-18"
    notes = [c for c in parsed.clauses if c.path == ("填报说明",)]
    assert [c.label for c in notes] == ["一、", "二、", "三、", "四、", "五、"]
    assert sum(c.kind == "table_row" for c in parsed.clauses) == 10
    assert not any(c.kind == "signature" for c in parsed.clauses)
    assert not any(c.text.startswith("填报单位") for c in parsed.clauses)  # (read as who drew it up, and when)


def test_who_filled_the_list_in_and_when_on_two_lines_under_it() -> None:
    """Regression: 填报单位（盖章）：…　填表人：…　联系电话：… on one row under the table and 填报日期：… on the next were
    two paragraphs under the last footnote; the list had no issuer and no date."""
    parsed = ingest_file(BLIND / "blind222_xiamen_mingdan.xlsx")
    (doc,) = parsed.documents
    assert doc.issuers == ("厦门市商务局",) and doc.published == "2024-11-18"
    assert not any("填报日期" in c.text or c.text.startswith("填报单位") for c in parsed.clauses)
    assert sum(c.kind == "table_row" for c in parsed.clauses) == 13  # (12 企业 and the 合计 row)


def test_the_years_a_plan_covers_under_its_title() -> None:
    """Regression: （2024—2025年） on the merged row under a 任务分工表's title was a heading clause, not its title's."""
    parsed = ingest_file(BLIND / "blind222_kunming_fengong.xlsx")
    (doc,) = parsed.documents
    assert doc.title == "昆明市推进中国（云南）自由贸易试验区昆明片区提升发展重点任务分工表（2024—2025年）"
    assert not any(c.text == "（2024—2025年）" for c in parsed.clauses)
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert len(rows) == 11 and all("牵头单位：" in c.text for c in rows)  # (the merged 牵头单位 reaches every row)


def test_a_ledger_a_sheet_per_zone_with_its_notes_first_is_one_document() -> None:
    """Regression (round 153's 河南 台账): a 说明 sheet, a 汇总 sheet and a sheet per 片区 whose titles name the 片区
    were five documents, the first titled 填报说明; a ledger laid out a sheet per 片区 is one."""
    parsed = ingest_file(DATA / "office" / "blind153" / "blind153_henan_ledger.xlsx")
    (doc,) = parsed.documents
    assert doc.title == "中国（河南）自由贸易试验区“一带一路”开放通道政策兑现台账（2024年上半年）"
    assert doc.issuers == ("中国（河南）自由贸易试验区工作领导小组办公室",) and doc.published == "2024-07-12"
    headings = [c.text for c in parsed.clauses if c.kind == "heading"]
    assert headings == ["汇总", "郑州片区", "开封片区", "洛阳片区", "填报说明"]
    zhengzhou = [c for c in parsed.clauses if c.path == ("郑州片区",) and c.kind == "table_row"]
    assert len(zhengzhou) == 5 and all("中国（河南）自由贸易试验区郑州片区" in c.applies_to for c in zhengzhou)
    # (each 片区's sheet keeps its own title and 填报单位 line, under its name)
    assert any(c.path == ("郑州片区",) and c.text.startswith("填报单位：中国（河南）自由贸易试验区郑州片区管理委员会")
               for c in parsed.clauses)


def test_a_workbook_is_one_document_unless_its_sheets_are_editions() -> None:
    """Regression: a book whose sheets each open with a title was a document a sheet; six rounds' writers (127, 129,
    131, 147, 153, 171) count a workbook as one document, its sheets its parts. Sheets whose titles differ only by a
    year or a batch (第一批, 第二批) stay lists of their own."""
    parsed = ingest_file(DATA / "office" / "blind171" / "blind171_sichuan_xiangmu.xlsx")
    (doc,) = parsed.documents
    assert doc.title == "2024年中国（四川）自由贸易试验区服务“一带一路”建设重点项目清单"  # (what the two titles share)
    assert {c.path[0] for c in parsed.clauses if c.kind == "table_row"} == {"在建", "拟建"}
    batches = ingest_file(DATA / "office" / "blind101" / "blind101_fujian_chuangxin_qingdan.xlsx").documents
    assert len(batches) == 2
