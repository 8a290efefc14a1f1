"""A notice that extends, stops and suspends several documents, a later one that extends and
resumes, and the documents themselves, by someone who had not read the reader
(tests/data/office/blind65, made by make_blind65.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bri_kb.query.force import status_note
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind65"
EXPECTED = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def linked_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind65"), sorted(BLIND.glob("*.docx")))


def test_every_end_is_the_one_an_analyst_records_after_reading_all_five(linked_kb: Path) -> None:
    """Regression: 有效期再延长一年，至… (a second extension), a change table's row 自2024年1月1日起停止执行 and
    a PDF's line breaking inside 有效\\n期延长 were missed, so 云政办规〔2020〕4号 ended 2024-12-31 instead of
    2025-12-31 and 云政办发〔2020〕17号 ran a year past its stop."""
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(linked_kb)
    by_number = {d.doc_number.text: d for d in kb.documents.values() if d.doc_number}
    for stem, docs in EXPECTED.items():
        if stem.startswith("_"):
            continue
        meta = docs[0]["meta"]
        assert by_number[meta["doc_number"]].expires == meta["expires"], stem


def test_a_suspended_item_is_said_beside_it_and_its_items_until_resumed(linked_kb: Path) -> None:
    """Regression: 其中，第二条第（二）项…自2024年1月1日起暂缓执行 named no document in its own sentence and
    no 第X条 the outline has (二、（二）); 61号's 自2025年1月1日起恢复执行 was not read."""
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(linked_kb)
    (rules,) = [d for d in kb.documents.values() if d.doc_number and d.doc_number.text == "云政办发〔2021〕28号"]
    clauses = kb.clause("云政办发〔2021〕28号")
    suspended = [c.label for c in clauses if "暂停执行" in status_note(rules, None, "2024-06-01", c.label, c.path)]
    assert suspended == ["二、（二）", "1.", "2.", "3."]
    (item,) = [c for c in clauses if c.label == "二、（二）"]
    assert "本条曾于 2024-01-01 至 2024-12-31 暂停执行（云政办发〔2023〕47号），已恢复" in status_note(
        rules, None, "2025-03-01", item.label, item.path)


def test_the_pdf_of_the_notice_makes_the_same_changes_as_its_word_file() -> None:
    (word,) = ingest_file(BLIND / "blind65_yunnan_tiaozheng.docx").documents
    (pdf,) = ingest_file(BLIND / "blind65_yunnan_tiaozheng.pdf").documents
    assert pdf.changes == word.changes
    assert {(c.target, c.action) for c in word.changes} == {
        ("云政办规〔2020〕4号", "extend"), ("云政办发〔2021〕28号", "extend"), ("云政办发〔2021〕28号", "suspend"),
        ("云政办发〔2020〕17号", "end"), ("云政办发〔2021〕53号", "extend")}


def test_where_gives_the_suspension_of_an_item_in_json(linked_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from bri_kb.cli import app

    monkeypatch.setenv("BRI_KB_HOME", str(linked_kb))
    shown = CliRunner().invoke(app, ["where", "云政办发〔2021〕28号", "二、（二）", "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert [(x["from"], x["until"]) for x in json.loads(shown.stdout)["suspended"]] == [("2024-01-01", "2024-12-31")]
