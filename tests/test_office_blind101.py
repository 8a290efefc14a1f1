"""Catalogues of documents kept as spreadsheets (a 现行有效规范性文件目录, a 制度创新成果复制推广清单 of 216 rows on two
sheets, a small 汇编目录 whose table starts in column B), saved again by LibreOffice, by someone who had not read the
reader (tests/data/office/blind101, made by make_blind101.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind101"


def test_where_a_result_is_promoted_not_where_it_was_first_made() -> None:
    """Regression: a row's 首创片区 (the 片区 a result came from) was taken for where it applies; its 推广范围 (全国, 全省,
    a 片区) says that. A sheet a batch, each with its form's line (填报单位：…　填报日期：…), gave no issuer or day."""
    parsed = ingest_file(BLIND / "blind101_fujian_chuangxin_qingdan.xlsx")
    first, second = parsed.documents
    assert first.issuers == ("中国（福建）自由贸易试验区工作领导小组办公室",) and first.published == "2023-12-21"
    assert second.published == "2024-12-22"
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert len(rows) == 216
    national = [r for r in rows if r.fields.get("推广范围") == "全国"]
    assert national and all(r.applies_to == ("福建省",) for r in national)
    zoned = next(r for r in rows if r.fields.get("推广范围") == "厦门片区")
    assert zoned.applies_to == ("中国（福建）自由贸易试验区厦门片区",)


def test_a_catalogues_filler_is_its_issuer_without_the_seals_place() -> None:
    """Regression: 填报单位：广东省人民政府办公厅（盖章） gave the source 广东省人民政府办公厅（盖章） and no issuer."""
    (doc,) = ingest_file(BLIND / "blind101_guangdong_guifanxing_mulu.xlsx").documents
    assert doc.issuers == ("广东省人民政府办公厅",) and doc.published == "2025-01-10"


def test_a_table_that_starts_in_the_second_column() -> None:
    parsed = ingest_file(BLIND / "blind101_tianjin_huibian_mulu.xlsx")
    assert parsed.documents[0].title == "中国（天津）自由贸易试验区政策文件汇编目录（2024年版）"
    assert len([c for c in parsed.clauses if c.kind == "table_row"]) == 4


def test_a_catalogues_row_already_repealed_is_reported_not_made_by_the_catalogue() -> None:
    """Regression: the row 状态：已废止 was read as the catalogue repealing 粤府办〔2017〕56号."""
    (doc,) = ingest_file(BLIND / "blind101_guangdong_guifanxing_mulu.xlsx").documents
    assert [(c.target, c.action, c.reported) for c in doc.changes] == [("粤府办〔2017〕56号", "repeal", True)]
