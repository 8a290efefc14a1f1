from __future__ import annotations

import json

import pytest

from bri_kb.ingest.metadata import dates_of, iso_date
from bri_kb.vocabulary import decree_number, parse_doc_number

from .conftest import GOLDEN


@pytest.fixture(scope="module")
def golden() -> list[dict]:
    return json.loads((GOLDEN / "002_documents.json").read_text(encoding="utf-8"))


def test_compilation_splits_into_its_27_documents(compilation, golden) -> None:  # type: ignore[no-untyped-def]
    assert [d.title for d in compilation.documents] == [g["title"] for g in golden]
    assert [d.line_start for d in compilation.documents] == [g["title_line"] for g in golden]


@pytest.mark.parametrize("field", ["doc_number", "published", "level", "region", "signed"])
def test_metadata_matches_golden(compilation, golden, field: str) -> None:  # type: ignore[no-untyped-def]
    got = []
    for d in compilation.documents:
        value = getattr(d, field)
        got.append(value.text if field == "doc_number" and value else value)
    assert got == [g[field] for g in golden]


def test_issuers_named_in_titles(compilation, golden) -> None:  # type: ignore[no-untyped-def]
    for d, g in zip(compilation.documents, golden, strict=True):
        if "关于" in g["title"][:30] and g["title"].split("关于")[0]:
            assert list(d.issuers) == g["issuers"], d.title


def test_attachment_relation(compilation) -> None:  # type: ignore[no-untyped-def]
    ningbo = next(d for d in compilation.documents if d.doc_number and d.doc_number.text == "浙发改函〔2017〕166号")
    assert ningbo.attachments == ("《宁波“一带一路”建设综合试验区总体方案》",)


@pytest.mark.parametrize(
    ("text", "code", "year", "serial"),
    [("国发〔2017〕57号", "国发", 2017, "57"), ("冀教外﹝2016﹞108号", "冀教外", 2016, "108"),
     ("湘政办发〔2015〕67号", "湘政办发", 2015, "67"), ("保监发〔2017〕38 号", "保监发", 2017, "38"),
     ("商合函[2010]462号", "商合函", 2010, "462")],
)
def test_doc_number_parts(text: str, code: str, year: int, serial: str) -> None:
    dn = parse_doc_number(text)
    assert dn is not None and (dn.issuer_code, dn.year, dn.serial) == (code, year, serial)


@pytest.mark.parametrize("typed", ["闽政[2016]21号", "闽政［2016］21号", "闽政﹝2016﹞21号", "闽政（2016）21号", "闽政〔2016〕21号"])
def test_a_doc_number_is_written_with_the_standards_brackets(typed: str) -> None:
    """Regression: a 文号 kept the brackets it was typed with (闽政[2016]21号, 冀教外﹝2016﹞108号), so the same document's
    number read differently from file to file; it is written as GB/T 9704 sets it, the year in 〔〕."""
    dn = parse_doc_number(f"福建省人民政府文件 {typed}")
    assert dn is not None and dn.text == "闽政〔2016〕21号"


def test_dates() -> None:
    assert iso_date("2017年 12月 25日") == "2017-12-25"
    assert iso_date("2018-1-10") == "2018-01-10"
    body = ["本办法自2012年2月1日至2017年1月31日施行。"]
    dates = dates_of({}, body)
    assert (dates.effective, dates.expires) == ("2012-02-01", "2017-01-31")
    article = ["第五十九条 本条例自 2018 年 1月 1日起施行。"]
    assert dates_of({"发布时间": "2017-12-28"}, article).effective == "2018-01-01"


def test_a_period_in_years_ends_the_day_before_its_anniversary() -> None:
    """Regression: 自2020年8月1日起施行，有效期3年 expired 2023-08-01, a day late (expires is the last day in
    force, as 至2017年1月31日止 gives it); 有效期至2022年12月31日 was not read at all."""
    assert dates_of({}, ["本细则自2020年8月1日起施行，有效期3年。"]).expires == "2023-07-31"
    assert dates_of({}, ["本办法自2016年2月29日起施行，有效期五年。"]).expires == "2021-02-28"
    assert dates_of({}, ["自2020年5月1日起施行，有效期至2022年12月31日。"]).expires == "2022-12-31"
    # A period the document sets for something it rules on is not its own (blind6's 第八条).
    assert dates_of({}, ["认定为重点企业，有效期3年。", "本办法自2024年1月1日起施行，有效期5年。"]).expires == "2028-12-31"
    assert dates_of({}, ["本办法自2024年1月1日起施行。", "认定为重点企业，有效期3年。"]).expires is None
    span = dates_of({}, ["名单实行动态管理，有效期为2年（2021年5月20日至2023年5月19日）。"])
    assert (span.effective, span.expires) == ("2021-05-20", "2023-05-19")


def test_repeal_statement_is_recorded(compilation) -> None:  # type: ignore[no-untyped-def]
    plan = next(d for d in compilation.documents if d.doc_number and d.doc_number.text == "国科发资〔2017〕152号")
    assert "国科发资〔2015〕423号" in plan.repeals
    assert plan.effective == "2017-06-22"


@pytest.mark.parametrize(("typed", "cited"), [("云南省人民政府令（第231号）", "云南省人民政府令第231号"),
                                              ("商务部令 第 3 号", "商务部令第3号"),
                                              ("西安市人民政府令第１９２号", "西安市人民政府令第192号")])
def test_a_decrees_number_is_written_as_cited(typed: str, cited: str) -> None:
    dn = decree_number(typed, 2024)
    assert dn is not None and (dn.text, dn.year) == (cited, 2024)
    assert decree_number("国务院关于印发…的通知", 2024) is None
