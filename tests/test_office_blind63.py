"""Documents that extend, suspend or postpone others, with those others, by someone who
had not read the reader (tests/data/office/blind63, made by make_blind63.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.ingest.metadata import dates_of
from bri_kb.vocabulary import start_of
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind63"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_another_documents_old_end_is_not_the_notices_own(suffix: str) -> None:
    """Regression: the extension notice expired on 2024-06-30, the old end of 湘政办发〔2021〕35号 that its
    item 二 quotes (原定有效期至2024年6月30日，继续执行至2025年12月31日)."""
    (doc,) = ingest_file(BLIND / f"blind63_hunan_yanchang.{suffix}").documents
    assert (doc.effective, doc.expires) == ("2024-03-25", None)


def test_a_documents_own_period_is_still_read() -> None:
    assert dates_of({}, ["本办法自2024年7月1日起施行，有效期至2026年6月30日。"]).expires == "2026-06-30"
    said = dates_of({}, ["《若干措施》原定有效期至2024年6月30日，继续执行至2025年12月31日。"])
    assert said.expires is None


@pytest.fixture(scope="module")
def changed_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind63"), sorted(BLIND.glob("*.docx")))


def test_documents_take_the_dates_other_documents_give_them(changed_kb: Path) -> None:
    """Regression: an extension (有效期延长至…), a postponement (推迟至…起施行，有效期相应顺延至…) and a suspension
    (暂停执行《…》第五条、第六条) were text only; the changed documents kept their printed dates, so `bri docs`,
    the force note and --as-of called 湘政办发〔2021〕12号 expired since 2024-03-31 and 长商务发〔2024〕15号 in force
    from 2024-07-01. Each document's dates as the writer of the files recorded them after reading all five."""
    from bri_kb.query.search import KnowledgeBase

    expected = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))
    kb = KnowledgeBase(changed_kb)
    by_number = {d.doc_number.text: d for d in kb.documents.values() if d.doc_number}
    for stem, docs in expected.items():
        if stem.startswith("_"):
            continue
        meta = docs[0]["meta"]
        doc = by_number[meta["doc_number"]]
        assert (start_of(doc)[0], doc.expires) == (meta["effective"], meta["expires"]), stem
        changers = sorted(c.by_name or "" for c in doc.changed_by)
        assert changers == sorted(c["doc_number"] for c in meta.get("changed_by", [])), stem


def test_the_force_note_and_where_say_what_changed(changed_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRI_KB_HOME", str(changed_kb))
    runner = CliRunner()
    where = runner.invoke(app, ["where", "湘政办发〔2022〕20号"])
    assert where.exit_code == 0, where.output
    assert "第五条、第六条自 2024-04-01 起暂停执行（湘政办发〔2024〕7号）" in where.stdout
    asked = runner.invoke(app, ["ask", "中欧班列回程补贴标准是多少", "--format", "json", "--k", "3"])
    assert asked.exit_code == 0, asked.output
    hits = {h["label"]: h for h in json.loads(asked.stdout)["results"]}
    assert "本条自 2024-04-01 起暂停执行（湘政办发〔2024〕7号）" in hits["第六条"]["note"]
    assert [c["action"] for c in hits["第六条"]["in_force"]["changed_by"]] == ["suspend"]
    postponed = runner.invoke(app, ["ask", "海外仓建设补贴", "--as-of", "2024-08-01", "--format", "json"])
    assert postponed.exit_code == 0, postponed.output
    shown = json.loads(postponed.stdout)
    assert all(h["doc_number"] != "长商务发〔2024〕15号" for h in shown["results"])
    assert any("尚未施行" in h["reason"] for h in shown["filtered_out"])
