"""Compilations and gazettes as offices make them (tests/data/office/blind234, made by make_blind234.py by someone who
had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind234"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_announcements_run_on_in_one_file_are_each_a_document(suffix: str) -> None:
    """Regression: three 商务部公告 run on under 商务部公告汇编, each headed 商务部公告2025年第N号 over its 关于…的公告 and
    parted by ＊　＊　＊, were one document titled 商务部公告汇编, the separators and headings its clauses."""
    parsed = ingest_file(BLIND / f"blind234_shangwubu_gonggao{suffix}")
    numbers = [d.doc_number.text if d.doc_number else None for d in parsed.documents]
    assert numbers == ["商务部公告2025年第18号", "商务部公告2025年第19号", "商务部公告2025年第20号"]
    assert parsed.documents[1].effective == "2025-06-01" and parsed.documents[0].effective is None
    assert not [c for c in parsed.clauses if c.text.replace(" ", "").replace("\u3000", "") == "＊＊＊"]


@pytest.mark.parametrize("file", ["blind234_zhejiang_huibian.docx", "blind234_zhejiang_huibian.pdf",
                                  "blind234_ndrc_xuanbian.pdf"])
def test_a_compilations_cover_is_no_document(file: str) -> None:
    """Regression: the cover (…政策汇编（2025年版） / …办公室　编 / 二〇二五年六月) was a document of its own, its
    compiler and month its clauses."""
    parsed = ingest_file(BLIND / file)
    assert not [d for d in parsed.documents if "汇编" in d.title or "选编" in d.title]
    assert not [c for c in parsed.clauses if c.text.rstrip().endswith(" 编") or c.text.endswith("\u3000编")]
    assert len(parsed.documents) == (2 if "ndrc" in file else 5)


def test_a_national_tables_province_column_places_its_rows() -> None:
    """Regression: a row of a national 储备 table whose 省（区、市） column names its province applied nationwide."""
    parsed = ingest_file(BLIND / "blind234_ndrc_xuanbian.pdf")
    rows = [c for c in parsed.clauses if c.fields.get("省（区、市）")]
    assert rows and all(c.applies_to == (c.fields["省（区、市）"],) for c in rows)


def test_a_reprinted_rules_organ_and_day_under_its_number() -> None:
    """Regression: in a compilation's Word file the line under a reprinted 办法's 文号, 中国（浙江）自由贸易试验区舟山片区
    管理委员会　2025年4月8日, was a paragraph of its text, and the 办法 had no issuer and no date (the PDF had both)."""
    parsed = ingest_file(BLIND / "blind234_zhejiang_huibian.docx")
    rule = next(d for d in parsed.documents if d.title.endswith("保税燃料油加注管理办法"))
    assert (rule.issuers, rule.signed or rule.published) == (("中国（浙江）自由贸易试验区舟山片区管理委员会",), "2025-04-08")
    assert not [c for c in parsed.clauses if c.doc_id == rule.doc_id and c.text.endswith("2025年4月8日")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_cities_named_short_or_as_governments_where_a_measure_opens(suffix: str) -> None:
    """Regression: （一）推动综试区差异化发展。南昌、赣州、九江、上饶、景德镇跨境电商综试区要… and 第十一条 赣州市、九江市
    人民政府应当… applied in all of 江西省."""
    parsed = ingest_file(BLIND / f"blind234_jiangxi_gongbao{suffix}")
    places = {c.text[:7]: c.applies_to for c in parsed.clauses}
    assert places["（一）推动综试"] == ("南昌市", "赣州市", "九江市", "上饶市", "景德镇市")
    assert next(c.applies_to for c in parsed.clauses if c.label == "第十一条") == ("赣州市", "九江市")
