"""Four documents written the way offices write them by someone who had not
seen the reader (tests/data/office/blind, made by make_blind.py with python-docx
and LibreOffice): a red-header 通知 with a landscape 任务分工表 attachment, a
令 carrying a regulation, a 报告 with a statistics table, and a gazette page
holding two documents. Each test is a problem that first reading showed."""

from __future__ import annotations

import pytest

from bri_kb.vocabulary import squash
from tests.helpers import Parsed, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind"


def _rows(parsed: Parsed) -> list[tuple[str, dict[str, str]]]:
    return [(c.label, {k: squash(v) for k, v in c.fields.items()}) for c in parsed.clauses if c.kind == "table_row"]


def test_task_table_reads_the_same_from_word_and_from_its_pdf() -> None:
    """Regression: in the PDF, a 牵头单位 or 完成时限 merged down several rows was
    in the first row only, and the header row repeated on the next page (under a
    "— 6 —" page number) became a data row."""
    word = _rows(ingest_file(BLIND / "a_notice_task_table.docx"))
    pdf = _rows(ingest_file(BLIND / "a_notice_task_table.pdf"))
    assert pdf == word
    tasks = {label: fields for label, fields in pdf if label.endswith("项")}
    assert len(tasks) == 16 and all(f["牵头单位"] and f["完成时限"] for f in tasks.values())
    assert tasks["第3项"]["完成时限"] == "2019年9月底前" and tasks["第9项"]["牵头单位"] == "海关总署广东分署"
    assert not [fields for _, fields in pdf if fields.get("序号") == "序号"]


@pytest.mark.parametrize("name", ["a_notice_task_table", "b_decree_regulation", "c_report_statistics",
                                  "d_gazette_two_items"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_blind_documents_lose_no_line(name: str, fmt: str) -> None:
    parsed = ingest_file(BLIND / f"{name}.{fmt}")
    assert parsed.report.lost_lines == () and parsed.clauses
