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


def test_the_imprint_before_the_endnotes_word_prints_after_it() -> None:
    """Regression (PDF): LibreOffice prints a Word file's endnotes (i 特色产业带是指… ii … iii …) after everything, under
    the 版记: its 抄送 line, not set off, ran on into item 11, and the 印发 line was a clause (no 印发日期, no 抄送)."""
    parsed = ingest_file(BLIND / "blind273_qingdao_yaodian.pdf")
    (doc,) = parsed.documents
    assert doc.published == "2025-02-21"
    assert not any(c.text.startswith(("抄送", "青岛市商务局办公室")) or "抄送：" in c.text for c in parsed.clauses)
    assert any(c.text.startswith("ii中国—上海合作组织地方经贸合作示范区") for c in parsed.clauses)
