"""Rounds 324–327, written by someone who had not read the reader (tests/data/office/blind324 … blind327, each made by
its make_blindNNN.py): district documents of the 直辖市, 海南自由贸易港's documents, 盟, 旗 and 地区 documents, long plans.
One test per fix; each failed before it."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def _place(parsed, start: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return next(c for c in parsed.clauses if c.text.startswith(start)).applies_to  # type: ignore[no-any-return]


def test_a_scope_that_leaves_a_zone_out_does_not_apply_there() -> None:
    """Regression: 本细则适用于在浦东新区（不含中国（上海）自由贸易试验区临港新片区浦东区域）… put every clause in 临港新片区 too,
    exactly where the text says it does not apply (a bracket inside the bracket had hidden the 不含)."""
    parsed = ingest_file(OFFICE / "blind324" / "blind324_pudong_xize.docx")
    assert _place(parsed, "第二条") == ("浦东新区",)
    assert not any("中国（上海）自由贸易试验区临港新片区" in c.applies_to for c in parsed.clauses)


def test_a_scope_sentence_ends_before_what_it_says_of_the_goods() -> None:
    """Regression: …适用于在洋浦经济开发区注册登记…的企业，对其生产的…在海南自由贸易港加工增值…的货物 placed every clause in
    海南自由贸易港 as well."""
    parsed = ingest_file(OFFICE / "blind325" / "blind325_yangpu_banfa.docx")
    assert _place(parsed, "第二条") == ("洋浦经济开发区",)


def test_cities_supported_to_run_or_apply_and_a_table_by_banner_and_county() -> None:
    """Regression: 支持呼和浩特市、包头市…稳定开行…, 支持二连浩特市、乌兰察布市申建… and the rows of a table whose 盟市 or
    旗县市 column names where each applies were the whole region's."""
    joint = ingest_file(OFFICE / "blind326" / "blind326_neimenggu_tongzhi.docx")
    assert _place(joint, "2．支持二连浩特市") == ("二连浩特市", "乌兰察布市")
    assert _place(joint, "（二）培育区内始发中欧班列") == ("呼和浩特市", "包头市", "乌兰察布市", "鄂尔多斯市")
    league = ingest_file(OFFICE / "blind326" / "blind326_xilinguole_tongzhi.docx")
    assert _place(league, "序号：6") == ("锡林浩特市",)


def test_a_footnote_on_an_english_name_leaves_the_sentence_it_cuts_whole() -> None:
    """Regression: the page's footnote 1 DEPA：… was read into the sentence the page break cut (…通关模式，推 / 注1：DEPA… /
    进与老挝…), the sentence's end stuck onto the note."""
    parsed = ingest_file(OFFICE / "blind327" / "blind327_yunnan_xingdongjihua.pdf")
    item = next(c for c in parsed.clauses if "附条件提离" in c.text)
    assert "推进与老挝、越南、缅甸等周边国家口岸" in item.text and "DEPA" not in item.text
    assert any(str(c.kind) == "note" and "DEPA" in c.text for c in parsed.clauses)
