"""Transmission chains: notices that forward (转发) other offices' documents, printed whole after them
(tests/data/office/blind255, made by make_blind255.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind255"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_decree_forwarded_after_the_notice_is_a_document_of_its_own(suffix: str) -> None:
    """Regression: a 片区 committee's notice forwarding a 令 (福建省人民政府令 / 第241号 / …现予公布 / the rule) was one
    document titled 福建省人民政府令, with the rule's 施行 date; the 令 had no document of its own."""
    parsed = ingest_file(BLIND / f"blind255_fuzhou_zhuanfa{suffix}")
    notice, rule = parsed.documents
    assert notice.title == "中国（福建）自由贸易试验区福州片区管理委员会关于转发《中国（福建）自由贸易试验区跨境贸易便利化办法》的通知"
    assert notice.doc_number is not None and notice.doc_number.text == "榕自贸委〔2024〕11号"
    assert notice.effective is None
    assert rule.title == "中国（福建）自由贸易试验区跨境贸易便利化办法"
    assert rule.doc_number is not None and rule.doc_number.text == "福建省人民政府令第241号"
    assert rule.issuers == ("福建省人民政府",) and rule.signed == "2024-05-10" and rule.effective == "2024-07-01"
    assert not [c for c in parsed.clauses if c.text in ("第241号", "跨境贸易便利化办法")]


def test_a_scope_sentence_that_names_the_place_first_sets_where_a_rule_applies() -> None:
    """Regression: 第二条　自贸试验区内…的促进、服务和监督管理，适用本办法。 (the place first, 适用本办法 after) was no scope
    sentence: the rule applied province-wide. It applies in the zone its title names; an article for one 片区 there."""
    parsed = ingest_file(BLIND / "blind255_fuzhou_zhuanfa.pdf")
    rule = parsed.documents[1]
    places = {c.label: c.applies_to for c in parsed.clauses if c.doc_id == rule.doc_id}
    assert places["第四条"] == ("中国（福建）自由贸易试验区",)
    assert places["第八条"] == ("中国（福建）自由贸易试验区平潭片区",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_notice_forwarded_as_an_attachment_is_a_document_of_its_own(suffix: str) -> None:
    """Regression: a county's notice printing the city's notice it forwards as 附件1 (附件1 / 崇政办发〔2024〕27号 / title /
    主送 …) and its own task table as 附件2 was one document: the city's notice lost its number, issuer and day, and its
    clauses were the county's. The city's notice is its own document, with its places; the 附件2 table stays the
    county's."""
    parsed = ingest_file(BLIND / f"blind255_longzhou_zhuanfa{suffix}")
    county, city = parsed.documents
    assert city.doc_number is not None and city.doc_number.text == "崇政办发〔2024〕27号"
    assert city.issuers == ("崇左市人民政府办公室",) and city.signed == "2024-04-30" and city.region == "崇左市"
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert len(rows) == 6 and {c.doc_id for c in rows} == {county.doc_id}
    pingxiang = next(c for c in parsed.clauses if c.text.startswith("（二）凭祥市要牵头"))
    assert pingxiang.doc_id == city.doc_id and pingxiang.applies_to == ("凭祥市",)


def test_a_title_wrapped_after_its_organ_keeps_no_space() -> None:
    """Regression (of this session's joint-title change): a title wrapped after its organ (岳阳市人民政府办公室 / 关于转发…)
    kept a space there."""
    parsed = ingest_file(BLIND / "blind255_yueyang_zhuanfa.pdf")
    assert parsed.documents[0].title.startswith("岳阳市人民政府办公室关于转发省人民政府办公厅关于印发")
