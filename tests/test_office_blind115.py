"""Corrections and supplements offices issue after a document — a 更正通知 correcting figures in an earlier notice, a
补充通知 adding and renumbering articles of a 若干措施, a 办法 reissued with the old one repealed — written by someone
who had not read the reader (tests/data/office/blind115, made by make_blind115.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import built_kb

from .conftest import DATA

BLIND = DATA / "office" / "blind115"


@pytest.fixture(scope="module")
def linked_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind115"), sorted(BLIND.glob("*.docx")))


def test_a_corrected_and_a_supplemented_document_say_so_beside_their_clauses(linked_kb: Path) -> None:
    """Regression: the 更正通知 (《通知》部分内容有误，现更正如下：…第三条第二款中“200万元”更正为“300万元”) and the 补充通知
    (现对《…》…补充通知如下：…将第十条（原第九条）中“…”修改为“…”) were linked to nothing: 第三条 still read 200万元 with
    no word of the correction, and the 措施's 九、 its old 申报时间."""
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(linked_kb)
    notice = next(d for d in kb.documents.values() if d.doc_number and d.doc_number.text == "闽商务外经〔2025〕9号")
    (article,) = kb.clause("闽商务外经〔2025〕9号", "第三条")
    assert "本条已经 闽商务外经〔2025〕12号 修改" in kb.status(notice, "2025-05-01", article)
    (other,) = kb.clause("闽商务外经〔2025〕9号", "第四条")
    assert "本条" not in kb.status(notice, "2025-05-01", other)
    measures = next(d for d in kb.documents.values() if d.doc_number and d.doc_number.text == "烟政办发〔2024〕8号")
    item = next(c for c in kb.clause("烟政办发〔2024〕8号", "九、"))
    assert "本条已经 烟政办发〔2024〕27号 修改" in kb.status(measures, "2024-10-01", item)
    assert "经 烟政办发〔2024〕27号 修改" in kb.status(measures, "2024-10-01")
