"""Documents that change earlier ones, in one knowledge base — a notice that repeals one notice, one article of a
办法 and extends a 措施, the three earlier documents, and a 补充通知 suspending one item of the extended 措施 — written
by someone who had not read the reader (tests/data/office/blind114, made by make_blind114.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind114"


@pytest.fixture(scope="module")
def linked_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind114"), sorted(BLIND.glob("*.docx")))


def test_a_list_of_documents_repealed_and_kept_repeals_only_those_it_says(linked_kb: Path) -> None:
    """Regression: under 附件2 决定部分条款废止和继续执行的规范性文件目录 the row of 云商规〔2022〕6号 (有效期届满后继续执行至
    2026年12月31日) was read as a repeal: the extended 措施 was 已废止 and every --as-of from 2025 hid it, its suspended
    item too; and the 补充通知 restating that extension made a second one (原至 2026-12-31)."""
    from bri_kb.query.filters import Filters
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(linked_kb)
    by_number = {d.doc_number.text: d for d in kb.documents.values() if d.doc_number}
    measures = by_number["云商规〔2022〕6号"]
    assert measures.repealed_by is None and measures.expires == "2026-12-31"
    assert [c.action for c in measures.changed_by].count("extend") == 1
    assert by_number["云商规〔2021〕2号"].repealed_by == by_number["云商规〔2024〕8号"].doc_id
    item = next(c for c in kb.clause("云商规〔2022〕6号", "三"))
    assert kb.status(measures, "2025-09-01", item).endswith("本条自 2025-07-01 起暂停执行（云商规〔2025〕3号）")
    answer = kb.ask("出口信用保险保费补助", k=3, filters=Filters(as_of="2025-03-01"))
    assert any(h.document.doc_number and h.document.doc_number.text == "云商规〔2022〕6号" for h in answer.hits)


def test_the_kept_row_is_no_repeal_when_the_title_names_both() -> None:
    (doc,) = ingest_file(BLIND / "blind114_yunnan_feizhi.docx").documents
    assert "云商规〔2022〕6号" not in doc.repeals


def test_a_clause_looked_up_says_what_other_documents_did_to_it(linked_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: `bri clause 云商规〔2020〕4号 第五条` printed the article and where it applies, not that it was repealed
    (the JSON's in_force held it; the text said nothing)."""
    from typer.testing import CliRunner

    from bri_kb.cli import app

    monkeypatch.setenv("BRI_KB_HOME", str(linked_kb))
    result = CliRunner().invoke(app, ["clause", "云商规〔2020〕4号", "第五条"])
    assert result.exit_code == 0, result.output
    assert "效力：本条自 2025-01-01 起由 云商规〔2024〕8号 废止" in result.stdout
