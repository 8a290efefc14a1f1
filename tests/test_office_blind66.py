"""A 海关总署 公告 that suspends articles of another and postpones a third, a city's notice
that suspends articles for a span and postpones one article, the documents themselves and
a 政策解读 that quotes them all, by someone who had not read the reader
(tests/data/office/blind66, made by make_blind66.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.vocabulary import start_of
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind66"
EXPECTED = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))


def _meta(stem: str) -> dict[str, str | None]:
    meta: dict[str, str | None] = EXPECTED[stem][0]["meta"]
    return meta


@pytest.mark.parametrize("stem", ["blind66_haiguan_jipin2023", "blind66_haiguan_zhanshi2024", "blind66_haiguan_zanting"])
def test_a_gongaos_number_under_its_head_is_its_number(stem: str) -> None:
    """Regression: 海关总署公告 with 2024年第63号 on the line below had no 文号 (only its wrapper), so no
    change it made, and none made to it, was linked."""
    (doc,) = ingest_file(BLIND / f"{stem}.docx").documents
    assert doc.doc_number is not None and doc.doc_number.text == _meta(stem)["doc_number"]


def test_one_articles_own_start_and_a_jiedus_quoted_dates_are_not_the_documents() -> None:
    """Regression: 第九条's 本条自2024年7月1日起实施 was the 若干规定's start (printed: 自2024年1月1日起施行), and a
    政策解读 took the dates of what it explains as its own."""
    (rules,) = ingest_file(BLIND / "blind66_chengdu_guiding2023.docx").documents
    assert (rules.effective, rules.expires) == (_meta("blind66_chengdu_guiding2023")["effective"], "2025-12-31")
    (jiedu,) = ingest_file(BLIND / "blind66_chengdu_jiedu.docx").documents
    assert (jiedu.effective, jiedu.expires) == (None, None)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_what_the_gongao_changes_and_what_it_only_cites(suffix: str) -> None:
    (notice,) = ingest_file(BLIND / f"blind66_haiguan_zanting.{suffix}").documents
    got = {(c.target, c.action, c.date, c.until, c.articles, c.shifted) for c in notice.changes}
    assert got == {
        ("海关总署公告2023年第88号", "suspend", "2024-07-01", None, ("第六条", "第九条", "第十条", "第十一条"), False),
        ("海关总署公告2023年第88号", "suspend", "2024-05-28", "2024-12-31", ("第八条",), False),
        ("海关总署公告2024年第30号", "postpone", "2024-10-01", None, (), True),
    }
    (city,) = ingest_file(BLIND / f"blind66_chengdu_zanting.{suffix}").documents
    assert {(c.target, c.action, c.articles) for c in city.changes} == {
        ("成办发〔2023〕41号", "suspend", ("第七条", "第八条")), ("成办发〔2023〕41号", "postpone", ("第九条",))}


@pytest.fixture(scope="module")
def linked_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind66"), sorted(BLIND.glob("*.docx")))


def test_dates_after_reading_all_six(linked_kb: Path) -> None:
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(linked_kb)
    by_number = {d.doc_number.text: d for d in kb.documents.values() if d.doc_number}
    for stem in ("blind66_haiguan_jipin2023", "blind66_haiguan_zhanshi2024", "blind66_chengdu_guiding2023"):
        meta, doc = _meta(stem), by_number[str(_meta(stem)["doc_number"])]
        assert (start_of(doc)[0], doc.expires) == (meta["effective"], meta["expires"]), stem


def test_notes_say_what_held_on_the_date_asked(linked_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: beside a hit under --as-of the note spoke of today (已失效 of a document then in force), and
    an article suspended on the date asked was kept as if in force (round 68 found the same)."""
    monkeypatch.setenv("BRI_KB_HOME", str(linked_kb))
    runner = CliRunner()

    def asked(as_of: str) -> dict[str, Any]:
        shown = runner.invoke(app, ["ask", "集拼集运分拨中心运营补贴", "--doc", "成办发〔2023〕41号", "--as-of", as_of,
                                    "--format", "json", "--k", "20"])
        assert shown.exit_code == 0, shown.output
        data: dict[str, Any] = json.loads(shown.stdout)
        return data

    during = asked("2024-08-01")
    notes = {h["label"]: h["note"] for h in during["results"]}
    hidden = {h["label"]: h["reason"] for h in during["filtered_out"] if h["doc_number"] == "成办发〔2023〕41号"}
    assert "第七条" not in notes and "第九条" not in notes
    assert hidden["第七条"] == "2024-08-01时本条暂停执行（自 2024-07-01 起，成办函〔2024〕57号）"
    assert hidden["第九条"] == "2024-08-01时本条尚未施行（经 成办函〔2024〕57号 推迟至 2025-01-01）"
    assert notes["第四条"] == ""
    after = {h["label"]: h["note"] for h in asked("2025-03-01")["results"]}
    assert after["第七条"] == "本条曾于 2024-07-01 至 2024-12-31 暂停执行（成办函〔2024〕57号），已恢复"
    assert after["第九条"] == "本条施行日期经 成办函〔2024〕57号 推迟至 2025-01-01"


def test_an_attachments_name_over_two_paragraphs_is_one_name() -> None:
    """Regression: 附件：自由贸易试验区“一带一路”进口商品保税 / 展示交易监管办法（试行） gave a cut name and a clause
    holding the rest."""
    parsed = ingest_file(BLIND / "blind66_haiguan_zhanshi2024.docx")
    (doc,) = parsed.documents
    assert doc.attachments == ("自由贸易试验区“一带一路”进口商品保税展示交易监管办法（试行）",)
    assert not [c for c in parsed.clauses if c.text == "展示交易监管办法（试行）"]


def test_a_suspension_for_some_zones_says_where(linked_kb: Path) -> None:
    """Regression: 二、自本公告发布之日起至2024年12月31日，在中国（重庆）…、中国（四川）自由贸易试验区暂停实施…第八条 applied
    in every zone (the time before 在 hid where it opens), as did the table's 暂停范围 column; the note beside
    第八条 did not say where it was suspended."""
    from bri_kb.query.force import status_note
    from bri_kb.query.search import KnowledgeBase

    zones = ("中国（重庆）自由贸易试验区", "中国（四川）自由贸易试验区")
    parsed = ingest_file(BLIND / "blind66_haiguan_zanting.docx")
    assert [c.applies_to for c in parsed.clauses if c.label in ("二、", "第3项")] == [zones, zones]
    kb = KnowledgeBase(linked_kb)
    (rules,) = [d for d in kb.documents.values() if d.doc_number and d.doc_number.text == "海关总署公告2023年第88号"]
    assert status_note(rules, None, "2024-08-01", "第八条") == (
        "本条自 2024-05-28 至 2024-12-31 在中国（重庆）自由贸易试验区、中国（四川）自由贸易试验区暂停执行（海关总署公告2024年第63号）")
