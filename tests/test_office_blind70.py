"""Pages saved from government websites: a city's measures, a province's notice that extends them and
repeals, suspends and amends some of their items, a 政策解读 and a page carrying a notice and its 细则,
by someone who had not read the reader (tests/data/office/blind70, made by make_blind70.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind70"
EXPECTED = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))


def test_changes_to_an_outlines_items_are_of_those_items() -> None:
    """Regression: 《通知》第（五）项…自2025年1月1日起暂停执行 suspended the whole 通知 (an item alone, 第（五）项, named no
    article), 第（二）项…自…起废止 and 第（三）项中“…”调整为“…” were not read, and the notice took the items' day as
    its own start (本通知自印发之日起施行)."""
    (notice,) = ingest_file(BLIND / "blind70_liaoning_yanchang.html").documents
    assert {(c.action, c.date, c.articles) for c in notice.changes} == {
        ("extend", "2026-12-31", ()), ("repeal", "2025-01-01", ("第（二）项",)),
        ("suspend", "2025-01-01", ("第（五）项",)), ("amend", "2025-01-01", ("第（三）项",))}
    assert notice.effective == EXPECTED["blind70_liaoning_yanchang"][0]["meta"]["effective"]


@pytest.fixture(scope="module")
def linked_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind70"), sorted(BLIND.glob("*.html")))


def test_the_other_items_stay_in_force_after_the_change(linked_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRI_KB_HOME", str(linked_kb))
    shown = CliRunner().invoke(app, ["ask", "举办跨境电商专业人才培训的机构有什么补助？", "--doc", "大政办发〔2023〕9号",
                                     "--as-of", "2025-06-01", "--format", "json", "--k", "30"])
    assert shown.exit_code == 0, shown.output
    data: dict[str, Any] = json.loads(shown.stdout)
    kept = {h["label"] for h in data["results"]}
    hidden = {h["label"]: h["reason"] for h in data["filtered_out"]}
    assert "（七）" in kept and not kept & {"（二）", "（三）", "（五）"}
    assert hidden["（五）"] == "2025-06-01时本条暂停执行（自 2025-01-01 起，辽商发〔2024〕118号）"
    assert hidden["（二）"] == "2025-06-01时本条已由 辽商发〔2024〕118号 废止（自 2025-01-01 起）"
    assert hidden["（三）"].startswith("2025-06-01时本条已由 辽商发〔2024〕118号 修改")
