"""Spreadsheets offices publish — a 湖南 名单 with group rows, a 广西 制度创新成果清单 a sheet per 片区, a 青岛片区 任务分工表, a
负面清单 with its 令's note (tests/data/office/blind210, made by make_blind210.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind210"


def test_one_list_laid_out_a_sheet_per_zone_is_one_document() -> None:
    """Regression: a 清单 whose three sheets (南宁片区, 钦州港片区, 崇左片区) each repeat its title and the organ's line
    was read as three documents with one title, none with an issuer; each sheet's rows applied in the whole province."""
    parsed = ingest_file(BLIND / "blind210_guangxi_chuangxin.xlsx")
    (doc,) = parsed.documents
    assert doc.issuers == ("广西壮族自治区自由贸易试验区工作办公室",) and doc.published == "2024-11-28"
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert len(rows) == 14
    assert {c.path[-1] for c in rows} == {"南宁片区", "钦州港片区", "崇左片区"}
    assert all(c.applies_to == (f"中国（广西）自由贸易试验区{c.path[-1]}",) for c in rows)


def test_a_lists_group_heading_that_is_a_city_places_its_rows() -> None:
    """Regression: rows under 一、长沙市 that name no place of their own applied in the whole province."""
    parsed = ingest_file(BLIND / "blind210_hunan_mingdan.xlsx")
    rows = [c for c in parsed.clauses if c.kind == "table_row" and c.path and c.path[-1] == "一、长沙市"]
    assert rows and all(c.applies_to != ("湖南省",) for c in rows)


def test_a_decrees_note_that_names_the_decree_first() -> None:
    """Regression: （国家发展改革委　商务部令第31号，2025年9月26日公布，自2025年11月1日起施行） under the title was a
    paragraph: the 清单 had no 文号, no issuer, no date and applied nowhere."""
    parsed = ingest_file(BLIND / "blind210_fumian_qingdan.xlsx")
    (doc,) = parsed.documents
    assert doc.doc_number is not None and doc.doc_number.text == "国家发展改革委 商务部令第31号"
    assert doc.issuers == ("国家发展改革委", "商务部") and doc.published == "2025-09-26"
    assert not any("令第31号" in c.text for c in parsed.clauses)
    assert all(c.applies_to for c in parsed.clauses)
