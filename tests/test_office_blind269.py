"""Documents of autonomous regions printed in two scripts — Chinese with Uyghur, Mongolian, Korean or Tibetan — written
by someone who had not read the reader (tests/data/office/blind269, made by make_blind269.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.text import other_script
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind269"


@pytest.mark.parametrize("name", ["blind269_xinjiang_tongzhi.docx", "blind269_xinjiang_tongzhi.pdf",
                                  "blind269_yanbian_fangan.docx", "blind269_xizang_wangye.html"])
def test_the_translations_lines_are_left_out_and_said(name: str) -> None:
    """Regression: each Uyghur, Korean or Tibetan paragraph printed after its Chinese was a clause, and the Uyghur line
    under the 版头 titled the 新疆 notice; they are left out now (the report counts them) and the Chinese title stands."""
    parsed = ingest_file(BLIND / name)
    assert not any(other_script(c.text) for c in parsed.clauses)
    assert parsed.report.removed.get("other_script", 0) >= 5
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in d.title) for d in parsed.documents)


def test_a_line_with_chinese_stays() -> None:
    assert not other_script("第五条 （조선문） 支持珲春市")
    assert other_script("연변조선족자치주인민정부판공실")
    assert not other_script("CBAM 2026")


@given(st.text(alphabet="一二三商务厅关于", min_size=1))
def test_chinese_lines_are_never_taken_for_another_script(line: str) -> None:
    assert not other_script(line)
