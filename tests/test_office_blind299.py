"""Documents that change others after they are issued (a 更正公告, a 补充通知, a suspension in one 片区 and its
resumption, a postponement, a notice ending an 实施意见 but one item) with the documents they change — written by
someone who had not read the reader (tests/data/office/blind299, made by make_blind299.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind299"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_resumption_in_one_zone_area_and_the_suspension_it_repeals(suffix: str) -> None:
    """Regression: 自2025年11月15日起，洛阳片区恢复实施《办法》第八条、第九条 (the place between 起 and 恢复) resumed
    nothing, and 豫自贸办〔2025〕14号文件同时废止 (文件 after the number) repealed nothing: the articles stayed
    suspended for good."""
    notice = ingest_file(BLIND / f"blind299_henan_huifu{suffix}").documents[0]
    assert [(c.action, c.date, c.articles) for c in notice.changes] == [("resume", "2025-11-15", ("第八条", "第九条"))]
    assert notice.repeals == ("豫自贸办〔2025〕14号",)


def test_an_item_kept_on_after_its_document_ends_does_not_keep_the_document(tmp_path: Path) -> None:
    """Regression: 一、《实施意见》自2025年10月1日起不再执行 / 二、《实施意见》第二部分第（五）项…继续执行至2026年12月31日
    extended the whole 实施意见 to 2026-12-31; it ends on 2025-09-30, and only the item is kept on (said on it)."""
    from bri_kb.query.force import clause_note
    from bri_kb.query.search import KnowledgeBase

    home = built_kb(tmp_path, [BLIND / "blind299_ningbo_yijian.docx", BLIND / "blind299_ningbo_shixiao.docx"])
    kb = KnowledgeBase(home)
    try:
        opinion = next(d for d in kb.documents.values() if d.doc_number and d.doc_number.text == "甬政办发〔2022〕38号")
        assert opinion.expires == "2025-09-30"
        item = next(c for c in kb.clause("甬政办发〔2022〕38号") if c.label == "（五）")
        assert "继续执行至 2026-12-31" in clause_note(opinion, item.label, item.path, "2026-01-01")
    finally:
        kb.close()
