"""Ordinary pages of four more sites saved from the browser — a 省人民政府 政府信息公开 page, a county's 通知 pasted from
WPS, a 新闻发布会 图文实录 and a 片区's 惠企政策汇编 of three policies on one page (tests/data/office/blind178, made by
make_blind178.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind178"


def test_a_county_of_one_character_and_xian_issues_at_county_level() -> None:
    """Regression: 泸县人民政府办公室 (a county's name one character and 县) was no county's organ: the 通知 read as
    provincial, every clause applying in all 四川省."""
    parsed = ingest_file(BLIND / "blind178_luxian_tongzhi.html")
    doc = parsed.documents[0]
    assert (doc.level, doc.region) == ("county", "泸县")
    assert all(c.applies_to == ("泸县",) for c in parsed.clauses if c.kind == "item")


def test_each_policy_of_a_compilation_page_is_a_document() -> None:
    """Regression: the 片区's 汇编 prints three policies, each a title over its 文号 alone (no 主送), and they were one
    document named after the compilation, with the first policy's 文号 and the second's end date."""
    docs = ingest_file(BLIND / "blind178_yueyang_huibian.html").documents
    numbered = [d for d in docs if d.doc_number is not None]
    assert [d.doc_number.text for d in numbered if d.doc_number] == [
        "岳自贸管发〔2024〕5号", "岳自贸管发〔2024〕11号", "岳自贸管联〔2024〕2号"]
    assert numbered[0].title == "中国（湖南）自由贸易试验区岳阳片区支持城陵矶港外贸航线发展暂行办法"
    assert numbered[0].effective == "2024-04-01" and numbered[1].expires == "2026-12-31"
    assert docs[0].doc_number is None  # (the compilation's page: the 编者按, no policy's number)


def test_a_notes_organs_set_apart_by_a_space_are_two() -> None:
    """Regression: （2024年6月28日　…岳阳片区管理委员会　岳阳市商务局印发） gave one issuer, the two names run together."""
    doc = next(d for d in ingest_file(BLIND / "blind178_yueyang_huibian.html").documents if d.title.startswith("关于深化对非"))
    assert doc.issuers == ("中国（湖南）自由贸易试验区岳阳片区管理委员会", "岳阳市商务局")


def test_an_execution_period_until_a_day_ends_it() -> None:
    """Regression: 本通知自印发之日起执行，执行期至2024年12月31日 gave no end (only 执行期限至… was read)."""
    assert ingest_file(BLIND / "blind178_luxian_tongzhi.html").documents[0].expires == "2024-12-31"


def test_a_press_conferences_fields_above_the_transcript_are_kept() -> None:
    """Regression: the 发布会's box above the transcript (时 间：2024年7月16日… 地 点：… 主持人：… 发布人：… over three
    lines) stood outside the article and was dropped: no day it was held, no venue, no one who spoke."""
    parsed = ingest_file(BLIND / "blind178_xiamen_fbh.html")
    doc = parsed.documents[0]
    assert (doc.signed, doc.published) == ("2024-07-16", "2024-07-17")
    texts = [c.text for c in parsed.clauses]
    assert "地点：厦门市人民政府新闻发布厅" in texts
    assert "发布人：中国（福建）自由贸易试验区厦门片区管委会副主任 黄丽娟" in texts
    assert any(t.startswith("7月16日，厦门市推进“丝路海运”高质量发展新闻发布会举行。") for t in texts)
