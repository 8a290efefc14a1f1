"""Word features offices use inside policy documents (footnotes, a task table over three pages with its head row
repeated, a text box, endnotes) — written by someone who had not read the reader (tests/data/office/blind273, made by
make_blind273.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind273"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_task_tables_head_repeated_on_each_page_is_its_head_once(suffix: str) -> None:
    """Regression (PDF): the 任务分工表's head row, repeated atop each of its three pages (标题行重复), was left out
    everywhere as a running header: task 1 became the head and was lost as a row, and every other row was named by
    task 1's cells (1：2, 省发展改革委：省商务厅 …)."""
    clauses = ingest_file(BLIND / f"blind273_sichuan_tongzhi{suffix}").clauses
    head = [c.text for c in clauses if c.kind == "table_header"]
    rows = [c.text for c in clauses if c.kind == "table_row"]
    assert head == ["序号｜重点任务｜牵头单位｜配合单位｜完成时限"]
    assert rows[0].startswith("序号：1\n重点任务：编制实施全省高质量共建“一带一路”年度工作计划")
    assert all(r.startswith(f"序号：{n}\n") for n, r in enumerate(rows, 1))
