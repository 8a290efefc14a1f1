"""Policy lists (政策清单) as big Word tables, by someone who had not read the reader
(tests/data/office/blind59, made by make_blind59.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind59"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_listed_policys_dates_are_not_the_lists(suffix: str) -> None:
    """Regression: the notice took effect on 2024-02-01, four months before it was signed: row 10's 有效期
    cell (自2024年2月1日起施行) belongs to a 长沙海关 policy the list names."""
    (doc,) = ingest_file(BLIND / f"blind59_hunan_qingdan.{suffix}").documents
    assert (doc.signed, doc.effective, doc.expires) == ("2024-06-12", None, None)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_rows_scope_cell_naming_cities_narrows_it_to_them(suffix: str) -> None:
    """Regression: rows whose 适用范围 cell names a city or 州 applied to all of 湖南省 (only 片区 narrowed)."""
    parsed = ingest_file(BLIND / f"blind59_hunan_qingdan.{suffix}")
    rows = {c.fields.get("序号"): c.applies_to for c in parsed.clauses if c.kind.value == "table_row"}
    assert rows["3"] == rows["11"] == rows["16"] == ("长沙市",)
    assert rows["12"] == ("怀化市",)
    assert set(rows["14"]) == {"衡阳市", "郴州市", "永州市", "邵阳市", "怀化市", "湘西土家族苗族自治州"}
    assert rows["8"] == ("湖南省",)  # 全国: never wider than the document


def test_a_note_across_a_table_is_a_note_whatever_its_length() -> None:
    """Regression: the 注 row merged across the 兑现清单's seven columns was a row of the 序号 column."""
    parsed = ingest_file(BLIND / "blind59_luoyang_duixian.docx")
    notes = [c for c in parsed.clauses if c.kind.value == "note"]
    assert [n.text[:10] for n in notes] == ["注：同一企业同一事项"]
    assert not any(c.fields.get("序号", "").startswith("注") for c in parsed.clauses)
