"""Deep outlines as offices number them (five levels, skipped levels, items over several
paragraphs) and a task table whose cells hold their own lists, by someone who had not read
the reader (tests/data/office/blind61, made by make_blind61.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind61"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_five_level_outline_keeps_its_skipped_levels_apart(suffix: str) -> None:
    """Held: 三、1. (a level skipped) and 四、（二）（1） are labelled apart from the full outline's 1. and （1）."""
    labels = [c.label for c in ingest_file(BLIND / f"blind61_yunnan_shishifangan.{suffix}").clauses]
    assert "三、1." in labels and "（二）（1）" in labels
    assert len(labels) == len(set(labels))  # every clause named once


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_task_tables_rows_keep_their_columns_across_the_page(suffix: str) -> None:
    """Held: eight task rows, each with its 牵头单位 and 完成时限 (row 2 runs over the PDF's page break)."""
    rows = [c for c in ingest_file(BLIND / f"blind61_nanning_gongzuofangan.{suffix}").clauses if c.kind.value == "table_row"]
    assert [r.fields["序号"] for r in rows] == [str(n) for n in range(1, 9)]
    assert all(r.fields.get("牵头单位") and r.fields.get("完成时限") for r in rows)
