"""Plain-text files as analysts make them, by copying out of a PDF (GBK, hard line breaks inside words and
numbers, page numbers and running headers between pages, a table copied as space-separated columns) and out of
web pages (UTF-8 with BOM, two pages one after the other), by someone who had not read the reader
(tests/data/office/blind86, made by make_blind86.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.spaced import spaced_rows
from bri_kb.model import Kind
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind86"


def test_a_line_cut_on_a_word_or_inside_a_number_runs_on() -> None:
    """Regression: an item wrapped narrower than the file's widest lines was cut into three clauses at
    …城陵矶港至 / … and …力争于2024年6 / 月底前…, and …有效期至2026年1 / 2月31日 kept the break inside the date."""
    texts = [c.text for c in ingest_file(BLIND / "blind86_hunan_notice.txt").clauses]
    (two,) = [t for t in texts if t.startswith("（二）")]
    assert "加密城陵矶港至东盟国家" in two and "力争于2024年6月底前开通" in two and two.endswith("给予运营补贴。")
    assert "（六）本通知自2024年7月1日起施行，有效期至2026年12月31日。" in texts


def test_a_table_copied_with_spaces_between_its_columns_gives_its_rows() -> None:
    """Regression: the attachment's table, copied as space-separated columns, was its header as a paragraph and
    its rows joined two by two with their spaces partly lost."""
    parsed = ingest_file(BLIND / "blind86_hunan_notice.txt")
    rows = [c.text for c in parsed.clauses if c.kind == Kind.TABLE_ROW]
    assert len(rows) == 4
    assert rows[2] == "序号：3\n重点任务：建设郴州湘南国际物流园跨境电商监管中心\n牵头单位：郴州市人民政府\n完成时限：2024年12月底前"


_CELL_TEXT = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), min_size=2, max_size=8)


@given(st.integers(3, 6).flatmap(lambda k: st.tuples(st.lists(_CELL_TEXT, min_size=k - 1, max_size=k - 1),
                                                      st.lists(st.lists(_CELL_TEXT, min_size=k - 1, max_size=k - 1),
                                                               min_size=2, max_size=6))),
       st.sampled_from([" ", "  ", "   ", "\u3000"]))
def test_spaced_columns_under_a_numbered_header_are_its_cells(table: tuple[list[str], list[list[str]]], gap: str) -> None:
    """Whatever the cells and the spacing, the header and the numbered rows under it are rows of their cells; a
    header that does not open with 序号 makes no table."""
    header, rows = table
    lines = [gap.join(["序号", *header]), *(gap.join([str(n), *row]) for n, row in enumerate(rows, 1)), "正文。"]
    got = spaced_rows(lines)
    assert got[0] == CELL.join(["序号", *header])
    assert [got[n] for n in range(1, len(rows) + 1)] == [CELL.join([str(n), *row]) for n, row in enumerate(rows, 1)]
    assert len(rows) + 1 not in got
    assert spaced_rows([gap.join(["名称", *header]), *lines[1:]]) == {}
