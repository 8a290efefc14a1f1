"""政策解读 published beside the policy — a 商务厅's 解读 in Word and PDF, its 一图读懂 as a web page, and a 发展改革委
负责同志's 答记者问 — written by someone who had not read the reader (tests/data/office/blind154, made by
make_blind154.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind154"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_spokespersons_answers_are_the_organs(suffix: str) -> None:
    """Regression: the 答记者问 names its source only in its title (省发展改革委负责同志就《安徽省…》答记者问): it had no
    issuer at all. The organ is the spokesperson's, named with its province."""
    doc = ingest_file(BLIND / f"blind154_dawen.{suffix}").documents[0]
    assert doc.issuers == ("安徽省发展改革委",)
    assert (doc.level, doc.region) == ("provincial", "安徽省")
    assert doc.effective is None and doc.expires is None  # (the plan's 有效期至2026年12月31日 is not its own)


def test_an_infographic_has_no_dates_of_its_own() -> None:
    """Regression: the 一图读懂 took the policy's 有效期至2026年12月31日 as its own expiry; like a 解读, it has none."""
    doc = ingest_file(BLIND / "blind154_yitu.html").documents[0]
    assert doc.title.startswith("一图读懂《中国（安徽）自由贸易试验区")
    assert doc.effective is None and doc.expires is None


def test_a_web_pages_marked_paragraphs_stay_apart() -> None:
    """Regression: on the page a paragraph of forty characters or more that closed with no 。 ran on into the next one
    (…最高300万元▶ 省级公共海外仓：…, …每条50万元⚠️ 以上两项…, …年度最高50万元📅 怎么申报): a line that opens with a
    bullet or a pictograph opens a paragraph of its own. A full-width space typed between a name and its number stays
    a space (合肥片区 0551-63536120 芜湖片区 …, it had been dropped)."""
    texts = [c.text for c in ingest_file(BLIND / "blind154_yitu.html").clauses]
    assert "▶ 省级公共海外仓：新认定的，再奖励50万元" in texts
    assert "⚠️ 以上两项物流补贴，单个企业年度合计最高200万元" in texts
    assert "📅 怎么申报" in texts
    assert any(t.endswith("每条50万元") for t in texts) and any(t.endswith("每个基地年度最高50万元") for t in texts)
    assert "合肥片区 0551-63536120 芜湖片区 0553-5843271 蚌埠片区 0552-3171018" in texts


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_zone_named_after_what_the_rule_says(suffix: str) -> None:
    """Regression: a 解读's item names its 片区 after quoting the rule (（五）强化人才支撑。《办法》第十条明确，支持蚌埠片区…):
    it applied in all 安徽省; now in 蚌埠片区, as an item opening 支持蚌埠片区… does."""
    parsed = ingest_file(BLIND / f"blind154_jiedu.{suffix}")
    item = next(c for c in parsed.clauses if c.label == "（五）")
    assert item.applies_to == ("中国（安徽）自由贸易试验区蚌埠片区",)
