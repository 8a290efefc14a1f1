"""A notice that extends, amends, stops and repeals earlier documents through its table only, the
documents themselves and a 政策解读 of the notice, by someone who had not read the reader
(tests/data/office/blind71, made by make_blind71.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.model import Kind
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind71"
TITLE = "福建省商务厅关于公布继续有效、修改、废止的规范性文件目录的通知"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_row_that_extends_and_changes_an_article_does_both(suffix: str) -> None:
    """Regression: a row's 有效期延长至… hid the same row's 第十二条自…起停止执行 and 将第五条第一款中“…”修改为“…”."""
    (notice,) = ingest_file(BLIND / f"blind71_fujian_qingli_notice.{suffix}").documents
    got = {(c.target, c.action, c.articles) for c in notice.changes}
    assert {("闽商务规〔2021〕3号", "extend", ()), ("闽商务规〔2021〕3号", "amend", ("第五条",)),
            ("闽商务规〔2019〕5号", "extend", ()), ("闽商务规〔2019〕5号", "end", ("第十二条",)),
            ("闽商务规〔2020〕1号", "repeal", ())} <= got


def test_a_title_broken_after_a_comma_of_its_own_list_and_a_jiedu_that_changes_nothing() -> None:
    """Regression: 福建省商务厅关于公布继续有效、修改、 / 废止的…目录的通知 was cut after 、 (the rest read as the 主送),
    and the 政策解读 of the notice was read as making its changes (the repeal was credited to it)."""
    (notice,) = ingest_file(BLIND / "blind71_fujian_qingli_notice.docx").documents
    assert notice.title == TITLE and notice.addressees and notice.addressees.startswith("各设区市商务局")
    (jiedu,) = ingest_file(BLIND / "blind71_fujian_qingli_jiedu.docx").documents
    assert jiedu.changes == ()


@pytest.fixture(scope="module")
def linked_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    word = sorted(p for p in BLIND.glob("*.docx") if p.name != "blind71_fujian_qingli_notice.docx")
    files = [BLIND / "blind71_fujian_qingli_notice.pdf", *word]
    return built_kb(tmp_path_factory.mktemp("blind71"), files)


def test_the_stopped_article_is_left_out_and_the_repeal_is_the_notices(linked_kb: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(linked_kb)
    by_number = {d.doc_number.text: d for d in kb.documents.values() if d.doc_number}
    repealed = by_number["闽商务规〔2020〕1号"]
    assert kb.documents[str(repealed.repealed_by)].doc_number == by_number["闽商务规〔2024〕6号"].doc_number
    assert [c.by_name for c in by_number["闽商务规〔2019〕5号"].changed_by] == ["闽商务规〔2024〕6号"] * 2
    monkeypatch.setenv("BRI_KB_HOME", str(linked_kb))
    shown = CliRunner().invoke(app, ["ask", "跨境服务贸易企业一次性开办补助", "--doc", "闽商务规〔2019〕5号",
                                     "--as-of", "2025-06-01", "--format", "json", "--k", "20"])
    assert shown.exit_code == 0, shown.output
    data: dict[str, Any] = json.loads(shown.stdout)
    assert "第十二条" not in {h["label"] for h in data["results"]}
    hidden = {h["label"]: h["reason"] for h in data["filtered_out"]}
    assert hidden["第十二条"] == "2025-06-01时本条已由 闽商务规〔2024〕6号 停止执行（自 2025-01-01 起）"


def test_a_remark_cell_above_a_page_break_is_not_carried_into_blank_cells_below() -> None:
    """Regression: in the PDF, row 7's 备注 (调整对象已消失), the last above the page break, was carried into the
    blank 备注 cells of rows 8 and 9 atop the next page, as if merged down; a column left blank in numbered
    rows above is blank by design."""
    parsed = ingest_file(BLIND / "blind71_fujian_qingli_notice.pdf")
    rows = {c.label: c.text for c in parsed.clauses if c.kind == Kind.TABLE_ROW}
    assert "备注：调整对象已消失" in rows["第7项"]
    assert "备注" not in rows["第8项"] and "备注" not in rows["第9项"]
    assert "备注：有效期延长至2027年12月31日" in rows["第10项"]
