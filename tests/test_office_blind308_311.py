"""Rounds 308–311, written by someone who had not read the reader (tests/data/office/blind308 … blind311, each made by
its make_blindNNN.py): 申报通知 with their blank forms, policies as the news reports them, when rules take effect and
end, and bilingual documents of autonomous regions. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.applicability import Applicability, clause_scope
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def _clause(parsed, start: str):  # type: ignore[no-untyped-def]
    return next(c for c in parsed.clauses if c.text.startswith(start))


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_one_articles_own_end_is_not_the_documents(suffix: str) -> None:
    """Regression: 本规定第十条规定的补贴政策执行至2026年12月31日 ended the whole 规定 (有效期5年 from 2026-03-01)."""
    doc = ingest_file(OFFICE / "blind310" / f"blind310_lianyungang_guiding{suffix}").documents[0]
    assert (doc.effective, doc.expires) == ("2026-03-01", "2031-02-28")


def test_a_figure_moved_whole_to_the_next_line_continues_its_sentence() -> None:
    """Regression: LibreOffice moved 10%、5%以上。 to a line of its own, and the short line above it closed item （一）."""
    parsed = ingest_file(OFFICE / "blind310" / "blind310_fangchenggang_tongzhi.pdf")
    item = _clause(parsed, "（一）推广")
    assert item.text.endswith("分别压缩10%、5%以上。")
    assert not any(c.text.startswith("10%") for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_organs_long_name_over_two_lines_is_its_mark_and_its_signature(suffix: str) -> None:
    """Regression: the red mark 中国（内蒙古）自由贸易试验区 / 二连浩特片区管理委员会 was the title (the real title a clause),
    and the 落款 signed by its second line alone."""
    parsed = ingest_file(OFFICE / "blind311" / f"blind311_erlianhaote_gonggao{suffix}")
    doc = parsed.documents[0]
    assert doc.title == "中国（内蒙古）自由贸易试验区二连浩特片区管理委员会关于支持跨境电商和国际物流发展若干措施的公告"
    assert doc.issuers == ("中国（内蒙古）自由贸易试验区二连浩特片区管理委员会",)
    assert doc.region == "二连浩特市"  # (a 片区 of a zone the data does not hold, named after its city)
    assert not any(c.text.startswith(("二连浩特片区管理委员会", "中国（内蒙古）")) and c.kind != "signature"
                   for c in parsed.clauses)


def test_a_column_in_mongolian_beside_the_chinese_is_left_out() -> None:
    """Regression: the PDF's body table 汉 文｜ᠮᠣᠩᠭᠣᠯ read as a data table, the Mongolian inside every clause and the
    一、（一） structure lost."""
    parsed = ingest_file(OFFICE / "blind311" / "blind311_erlianhaote_gonggao.pdf")
    assert not any("\u1820" <= ch <= "\u18af" for c in parsed.clauses for ch in c.text)
    item = _clause(parsed, "（三）在二连浩特综合保税区内")
    assert str(item.kind) == "item" and item.path == ("一、支持跨境电商发展",)
    assert parsed.documents[0].effective == "2025-07-01"


GAZ = gazetteer()


@pytest.mark.parametrize(("scope", "text", "places"), [
    # (a bonded zone in a county-level city of the city whose rule it is)
    (("金华市",), "三、支持在义乌综合保税区开展市场采购贸易商品集拼出口和跨境电商出口海外仓备货业务。", ("义乌综合保税区",)),
    # (a 试点方案 drawn up later is the pilot's details, not the 片区 left out)
    (("浙江省",), "（二）开展跨境电商进口试点。在中国（浙江）自由贸易试验区宁波片区开展跨境电商零售进口药品试点，"
                  "试点方案由宁波市商务局会同有关部门另行制定。", ("中国（浙江）自由贸易试验区宁波片区",)),
    # (the cities a measure supports to use what they have, to act somewhere of theirs, whose bureaus are to act)
    (("安徽省",), "四、支持芜湖市、马鞍山市、安庆市发挥沿江港口优势，发展江海联运。", ("芜湖市", "马鞍山市", "安庆市")),
    (("广西壮族自治区",), "（2）支持凭祥市、东兴市在边民互市贸易区开展“互市贸易+跨境电商”试点。", ("凭祥市", "东兴市")),
    (("广西壮族自治区",), "（1）在南宁综合保税区、钦州综合保税区全面推广跨境电商“9610”监管模式。", ("南宁综合保税区", "钦州综合保税区")),
    (("广西壮族自治区",), "（五）搭建服务平台。南宁市、钦州市、崇左市商务局要依托本地平台提供服务。", ("南宁市", "钦州市", "崇左市")),
    (("湖北省",), "（二）对注册在十堰市、恩施土家族苗族自治州的申报单位，培训人数要求降低至50人次。", ("十堰市", "恩施土家族苗族自治州")),
    (("广西壮族自治区",), "3.对在钦州、北海、防城港市新建冷链仓储设施的企业给予补助。", ("钦州市", "北海市", "防城港市")),
    # (not a city that takes over a town, whose item goes on to the prefecture and county around it)
    (("云南省",), "八、深化托管体制改革。昆明市全面托管磨憨镇后，西双版纳州、勐腊县按职责分工做好配套服务。", ("云南省",)),
])
def test_where_an_item_opening_with_places_applies(scope: tuple[str, ...], text: str, places: tuple[str, ...]) -> None:
    """Regressions from the places the blind rounds expect (benchmarks/office_places.py): each was the document's place."""
    got = clause_scope(Applicability(scope, "面向发布"), text, text[:3], {}, {}, GAZ)
    assert got.places == places
