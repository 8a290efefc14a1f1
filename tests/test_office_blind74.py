"""Documents that replace or continue earlier ones (a revised 办法 that repeals the old one, a notice
that continues one and lets another lapse, a notice that repeals one from its own start), with those
documents, by someone who had not read the reader (tests/data/office/blind74, made by make_blind74.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind74"


def test_a_notice_that_repeals_another_from_its_own_start_keeps_its_dates() -> None:
    """Regression: 本通知自2024年5月1日起施行，有效期至2026年12月31日，《…》（厦发改规〔2020〕7号）自本通知施行之日起废止
    gave the notice no dates (the sentence names another document and 废止) and no repeal (no day printed)."""
    documents = ingest_file(BLIND / "blind74_xiamen_gongbao.docx").documents
    (notice,) = [d for d in documents if d.doc_number and d.doc_number.text == "厦发改规〔2024〕4号"]
    assert (notice.effective, notice.expires) == ("2024-05-01", "2026-12-31")
    assert [(c.target, c.action, c.date) for c in notice.changes] == [("厦发改规〔2020〕7号", "repeal", "2024-05-01")]
    (other,) = [d for d in documents if d.doc_number and d.doc_number.text == "厦商务规〔2024〕3号"]
    assert [(c.target, c.action) for c in other.changes] == [("厦商务规〔2021〕2号", "continue")]


@pytest.fixture(scope="module")
def linked_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind74"), sorted(BLIND.glob("*.docx")))


def test_a_continued_document_has_no_end_and_a_repealed_one_ends_the_day_before(linked_kb: Path) -> None:
    """Regression: 《…》（厦商务规〔2021〕2号）继续执行 was ignored (the measures lapsed at their printed end), and
    the repealed 厦发改规〔2020〕7号 ran to its printed end."""
    from bri_kb.query.force import status_note
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(linked_kb)
    by_number = {d.doc_number.text: d for d in kb.documents.values() if d.doc_number}
    continued, repealed = by_number["厦商务规〔2021〕2号"], by_number["厦发改规〔2020〕7号"]
    assert continued.expires is None
    assert status_note(continued, None, "2025-01-01").startswith("经 厦商务规〔2024〕3号 继续执行")
    assert (repealed.expires, kb.documents[str(repealed.repealed_by)].doc_number) == (
        "2024-04-30", by_number["厦发改规〔2024〕4号"].doc_number)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_offices_own_copy_code_over_the_mark_starts_the_head(suffix: str) -> None:
    """Regression: a 份号 printed as the office's own code (ZF-2024-00517) above 厦门市人民政府办公厅文件 ended the
    版头 before it began, so the document was titled by its mark and its title was glued to its 主送."""
    parsed = ingest_file(BLIND / f"blind74_xiamen_banfa{suffix}")
    notice = parsed.documents[0]
    assert notice.title.startswith("厦门市人民政府办公厅关于印发") and notice.title.endswith("（2024年修订）的通知")
    assert (notice.issuing_mark, notice.copy_number) == ("厦门市人民政府办公厅文件", "ZF-2024-00517")
    assert notice.addressees == "各区人民政府，市直各委、办、局，各开发区管委会，厦门自贸片区管委会"
    first = next(c for c in parsed.clauses if c.doc_id == notice.doc_id)
    assert first.text.startswith("《中国（福建）自由贸易试验区厦门片区促进")
