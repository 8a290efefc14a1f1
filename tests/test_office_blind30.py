"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind30, made by make_blind30.py): a policy copied
with its Markdown marks, two notices of one office in one PDF, and a notice with
a landscape 9-column table."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bri_kb.ingest.cleaners import markdown_out
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind30"


def test_markdown_marks_are_read_as_the_page_shows_them() -> None:
    """Regression: "# " stayed in the title, "**（一）…。**" kept its marks and was no item, "> 2024年3月12日"
    and "---" were glued onto the 主送, "- "/"* " bullets lost their space, and "发布于…・IP 属地内蒙古" was a
    clause."""
    assert markdown_out("**（一）提升口岸综合服务能力。**加快") == "（一）提升口岸综合服务能力。加快"
    assert markdown_out("# 标题") == "标题" and markdown_out("> 内政办发〔2024〕18号") == "内政办发〔2024〕18号"
    assert markdown_out("- 稳定开行") == "• 稳定开行" and markdown_out("- 1 -") == "- 1 -"
    assert markdown_out("a**b**c") == "a**b**c"
    parsed = ingest_file(BLIND / "blind30_markdown_copy.txt")
    doc = parsed.documents[0]
    assert doc.title.startswith("内蒙古自治区人民政府办公厅关于推进高水平对外开放")
    assert doc.addressees is not None and doc.addressees.startswith("各盟行政公署")
    items = [c.label for c in parsed.clauses if c.kind == "item"]
    assert "（一）" in items and "（二）" in items
    texts = [c.text for c in parsed.clauses]
    assert not any("**" in t or t == "---" or "IP" in t for t in texts)
    assert any(t.startswith("• 稳定开行") for t in texts)


def test_two_notices_of_one_office_in_one_pdf() -> None:
    """Regression: the second notice (a letter-style mark, its 文号, title and 主送 on a new page after the
    first's 版记) was read into the first; the office's name, signing both and heading the second, was taken
    for a running header and dropped."""
    parsed = ingest_file(BLIND / "blind30_two_notices.pdf")
    first, second = parsed.documents
    assert first.doc_number is not None and first.doc_number.text == "宁商务发〔2024〕45号"
    assert second.doc_number is not None and second.doc_number.text == "宁商务函〔2024〕87号"
    assert second.title.endswith("重点项目的函") and second.signed == "2024-06-28"
    assert second.addressees == "各市、县（区）商务主管部门，自治区有关商协会"
    assert first.attachments == ()
    signed = [c.text for c in parsed.clauses if c.kind == "signature"]
    assert signed.count("宁夏回族自治区商务厅") == 2
    assert "running_header" not in parsed.report.removed


def test_a_landscape_table_reads_right() -> None:
    """Read right at first reading: 10 rows and a 合计 row of a 9-column table, its 注."""
    clauses = ingest_file(BLIND / "blind30_landscape_table.docx").clauses
    assert sum(c.kind == "table_row" for c in clauses) == 11
    assert any(c.kind == "note" for c in clauses)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="#*>-_+ 中文标一（）。a1\u3000", max_size=24))
def test_taking_markdown_out_twice_gives_what_once_gave(text: str) -> None:
    once = markdown_out(text)
    assert markdown_out(once) == once
