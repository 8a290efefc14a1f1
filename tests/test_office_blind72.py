"""National changes: a 国务院 决定 that adjusts provisions of regulations not in the set in some free
trade zones, a 商务部公告 that extends one document and repeals another, those documents in a
compilation, and a notice that only quotes titles with 延长 and 暂停 in them, by someone who had not
read the reader (tests/data/office/blind72, made by make_blind72.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind72"


@pytest.fixture(scope="module")
def linked_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind72"), sorted(BLIND.glob("*.docx")))


def test_only_what_the_gongao_changes_is_changed(linked_kb: Path) -> None:
    """The 商务部公告 extends 商资发〔2021〕118号 and repeals 商办资函〔2022〕207号; nothing else in the set is changed
    (the 国务院 决定 adjusts regulations that are not in it; the 国办 notice only quotes titles)."""
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(linked_kb)
    changed = {d.doc_number.text if d.doc_number else d.title: [c.action for c in d.changed_by]
               for d in kb.documents.values() if d.changed_by}
    assert changed == {"商资发〔2021〕118号": ["extend"], "商办资函〔2022〕207号": ["repeal"]}
    (extended,) = [d for d in kb.documents.values() if d.doc_number and d.doc_number.text == "商资发〔2021〕118号"]
    assert extended.expires == "2027-12-31"


def test_a_compilations_cover_is_no_part_of_its_first_documents_title() -> None:
    """Regression: the cover (自由贸易试验区政策文件汇编（2024年第4辑） / …办公室　编　2024年12月) ran into the first
    document's title, and the compiler's province (浙江) became the region of a 商务部 notice."""
    parsed = ingest_file(BLIND / "blind72_zimaoban_huibian.docx")
    documents = parsed.documents
    first = documents[0]  # (the cover is no document of its own: its lines are left out and counted, round 234)
    assert parsed.report.removed["compilation_title"] >= 2
    assert first.title == "商务部关于支持自由贸易试验区开展跨境服务贸易创新试点的通知"
    assert (first.doc_number and first.doc_number.text, first.level, first.region) == (
        "商资发〔2021〕118号", "ministry", "全国")
    assert len(documents) == 3
