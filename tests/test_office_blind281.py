"""A 片区's 政策文件汇编 (cover, 编印说明, 目录, seven documents, one 已废止) — written by someone who had not read the
reader (tests/data/office/blind281, made by make_blind281.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.relations import repeals_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind281"
OLD = "中国（黑龙江）自由贸易试验区绥芬河片区跨境电子商务扶持暂行办法"
NEW = "中国（黑龙江）自由贸易试验区绥芬河片区促进跨境电子商务高质量发展办法"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_document_after_a_forms_last_row_and_its_repeal_note(suffix: str) -> None:
    """Regression (Word): the 暂行办法, its title over two lines and its (文号) under it right after the 操作指引's blank
    申报表, was no document of its own: its articles went to the 操作指引, with its dates. And its note 本办法已由《…》
    （绥自贸管规〔2025〕2号）废止 read as the 暂行办法 repealing the new 办法."""
    parsed = ingest_file(BLIND / f"blind281_suifenhe_huibian{suffix}")
    assert len(parsed.documents) == 7
    old = next(d for d in parsed.documents if d.title == OLD)
    assert old.doc_number is not None and old.doc_number.text == "绥自贸管规〔2022〕3号"
    assert old.repeals == ()
    new = next(d for d in parsed.documents if d.title == NEW)
    assert "绥自贸管规〔2022〕3号" in new.repeals
    guide = next(d for d in parsed.documents if d.title.endswith("操作指引"))
    assert (guide.effective, guide.expires) == (None, None)


def test_a_note_that_this_was_repealed_by_another_repeals_nothing() -> None:
    assert repeals_of(f"注：本办法已由《{NEW}》（绥自贸管规〔2025〕2号）废止，自2025年4月1日起不再执行。") == ()
    assert repeals_of(f"《{OLD}》（绥自贸管规〔2022〕3号）同时废止。") == ("绥自贸管规〔2022〕3号", OLD)
