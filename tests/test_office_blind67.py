"""A 修改决定 with the rule it amends and the rule as republished, and a notice that repeals some
documents in whole and some articles of another from a date, with those documents, by someone who
had not read the reader (tests/data/office/blind67, made by make_blind67.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind67"
EXPECTED = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_repeal_of_some_articles_is_not_of_the_document_and_repeals_keep_their_day(suffix: str) -> None:
    """Regression: 废止《…》（厦府〔2023〕61号）所附《若干规定》第三条、第四条 (and the table's 部分废止（第三条、第四条）)
    repealed the whole 若干规定; 自2025年1月1日起，废止下列规范性文件：（一）… gave no day, nor did the table's 废止日期."""
    (notice,) = ingest_file(BLIND / f"blind67_xiamen_feizhi.{suffix}").documents
    assert "厦府〔2023〕61号" not in notice.repeals
    got = {(c.target, c.action, c.date, c.articles) for c in notice.changes}
    assert got == {("厦府〔2020〕15号", "repeal", "2025-01-01", ()), ("厦府办〔2021〕52号", "repeal", "2025-01-01", ()),
                   ("厦府办〔2022〕31号", "repeal", "2025-01-01", ()),
                   ("厦府〔2023〕61号", "repeal", "2025-01-01", ("第三条", "第四条"))}


def test_a_republished_text_is_dated_by_its_last_amendment() -> None:
    (text,) = ingest_file(BLIND / "blind67_fujian_banfa2024.docx").documents
    assert text.published == EXPECTED["blind67_fujian_banfa2024"][0]["meta"]["date"]


@pytest.fixture(scope="module")
def linked_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind67"), sorted(BLIND.glob("*.docx")))


def test_repeals_and_amendments_across_the_knowledge_base(linked_kb: Path) -> None:
    """Regression: the partly repealed 若干规定 showed as repealed in whole; the repealed 措施 ran to its printed
    end (2025-12-31) past its repeal; the republished 办法 took the 决定's deletion of the old 第八条 as its own."""
    from bri_kb.query.force import status_note
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(linked_kb)
    by_number = {d.doc_number.text: d for d in kb.documents.values() if d.doc_number}
    partly, whole = by_number["厦府〔2023〕61号"], by_number["厦府办〔2022〕31号"]
    assert (partly.repealed_by, partly.expires) == (None, EXPECTED["blind67_xiamen_guiding2023"][0]["meta"]["expires"])
    assert status_note(partly, None, "2025-03-01", "第三条") == "本条自 2025-01-01 起由 厦府办〔2024〕118号 废止"
    assert status_note(partly, None, "2025-03-01", "第五条") == ""
    assert whole.repealed_by and whole.expires == EXPECTED["blind67_xiamen_cuoshi2022"][0]["meta"]["expires"]
    repealer = kb.documents[whole.repealed_by]
    assert status_note(whole, repealer, "2024-06-01") == "将被 厦府办〔2024〕118号 废止，效力止于 2024-12-31"
    (republished,) = [d for d in kb.documents.values() if d.published == "2024-11-12" and d.title.endswith("办法")]
    assert republished.changed_by == ()


def test_as_of_leaves_out_what_was_deleted_amended_or_repealed_then(linked_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: at --as-of 2025-03-01 the deleted 第八条, the old 第五条 and the repealed 第三条 came back as
    in force, with at most a note."""
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(linked_kb)
    (original,) = [d for d in kb.documents.values() if d.published == "2021-09-18"]
    monkeypatch.setenv("BRI_KB_HOME", str(linked_kb))
    runner = CliRunner()

    def hidden(question: str, doc: str, doc_id: str, gone: tuple[str, ...]) -> dict[str, str]:
        shown = runner.invoke(app, ["ask", question, "--doc", doc, "--as-of", "2025-03-01", "--format", "json", "--k", "20"])
        assert shown.exit_code == 0, shown.output
        data: dict[str, Any] = json.loads(shown.stdout)
        mine = [h for h in data["results"] if h["clause_id"].startswith(doc_id)]
        assert mine and not [h for h in mine if h["label"] in gone]
        return {h["label"]: h["reason"] for h in data["filtered_out"] if h["clause_id"].startswith(doc_id)}

    rules = hidden("新注册跨境物流企业奖励", "福建省人民政府令第226号", original.doc_id, ("第三条", "第五条", "第八条"))
    assert rules["第八条"] == "2025-03-01时本条已由 福建省人民政府令第251号 删去（自 2025-01-01 起）"
    assert rules["第五条"].endswith("修改（自 2025-01-01 起），此为修改前的文本")
    (partly,) = [d for d in kb.documents.values() if d.doc_number and d.doc_number.text == "厦府〔2023〕61号"]
    parts = hidden("海外仓补助", "厦府〔2023〕61号", partly.doc_id, ("第三条", "第四条"))
    assert parts["第三条"] == "2025-03-01时本条已由 厦府办〔2024〕118号 废止（自 2025-01-01 起）"


def test_a_zone_named_after_its_county_is_found_by_the_county() -> None:
    """Regression: --where 平潭 (平潭县) left out every article of a rule for the 平潭片区."""
    from bri_kb.gazetteer import gazetteer
    from bri_kb.query.where import NO, coverage

    gaz = gazetteer()
    assert coverage(["中国（福建）自由贸易试验区平潭片区"], gaz.places["平潭县"], gaz)[0] != NO
    assert coverage(["中国（福建）自由贸易试验区平潭片区"], gaz.places["厦门市"], gaz)[0] == NO
